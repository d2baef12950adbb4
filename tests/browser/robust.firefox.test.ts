import { describe } from 'vitest';
import { firefoxDriver } from '../../harness/driver';
import { robustScenarios } from './scenarios/robust';

describe("Firefox: hostile pages and the reader's own actors", () => robustScenarios(firefoxDriver));
