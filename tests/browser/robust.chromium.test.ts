import { describe } from 'vitest';
import { chromiumDriver } from '../../harness/driver';
import { robustScenarios } from './scenarios/robust';

describe("Chromium: hostile pages and the reader's own actors", () => robustScenarios(chromiumDriver));
