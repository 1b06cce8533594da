/**
 * Context bands on the axis: U.S. and Mexican presidential terms since 2006
 * (inauguration dates; Mexico's terms began 1 December until 2024, when the
 * term start moved to 1 October). `end: null` means the term is ongoing.
 */
export interface Administration {
  country: 'us' | 'mx';
  name: string;
  start: string;
  end: string | null;
}

export const ADMINISTRATIONS: readonly Administration[] = [
  { country: 'us', name: 'George W. Bush', start: '2001-01-20', end: '2009-01-20' },
  { country: 'us', name: 'Barack Obama', start: '2009-01-20', end: '2017-01-20' },
  { country: 'us', name: 'Donald Trump', start: '2017-01-20', end: '2021-01-20' },
  { country: 'us', name: 'Joe Biden', start: '2021-01-20', end: '2025-01-20' },
  { country: 'us', name: 'Donald Trump', start: '2025-01-20', end: null },
  { country: 'mx', name: 'Vicente Fox', start: '2000-12-01', end: '2006-12-01' },
  { country: 'mx', name: 'Felipe Calderón', start: '2006-12-01', end: '2012-12-01' },
  { country: 'mx', name: 'Enrique Peña Nieto', start: '2012-12-01', end: '2018-12-01' },
  { country: 'mx', name: 'Andrés Manuel López Obrador', start: '2018-12-01', end: '2024-10-01' },
  { country: 'mx', name: 'Claudia Sheinbaum', start: '2024-10-01', end: null },
];
