import type { CodebookMessages } from './codebook.messages.en';

/** Texts of the codebook page in Spanish. */
const es: CodebookMessages = {
  title: 'Libro de códigos',
  description:
    'Cómo se codifica cada registro: categorías de eventos, jurisdicciones, etapas de las historias, niveles de verificación y estados, cada uno con cómo se decide y ejemplos.',
  contents: 'En esta página',
  code: 'Código',
  decided: 'Cómo se decide',
  examples: 'Ejemplos',
  stagesTitle: 'Etapas de las historias',
  stagesIntro:
    'Cada historia tiene sus propias etapas, en el orden en que ocurren; cada evento pertenece como máximo a una etapa. La etapa actual es la última que las fuentes muestran alcanzada, a la fecha de «situación al» de la historia.',
  download:
    'El libro de códigos también está en la descarga completa de los datos, junto con los datos que describe.',
};

export default es;
