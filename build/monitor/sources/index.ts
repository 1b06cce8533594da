import type { Adapter } from '../types';
import { congress } from './congress';
import { courtListener } from './courtlistener';
import { dof } from './dof';
import { dojPress } from './doj-press';
import { federalRegister } from './federal-register';

/** Every source the monitor asks, in the order it asks them (one file each in this folder). */
export const ADAPTERS: readonly Adapter[] = [federalRegister, courtListener, dojPress, congress, dof];
