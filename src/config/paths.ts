export { href } from './routes';
