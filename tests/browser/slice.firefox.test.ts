import { describe } from 'vitest';
import { firefoxDriver } from '../../harness/driver';
import { sliceScenarios } from './scenarios/slice';

describe('Firefox: the thin slice', () => sliceScenarios(firefoxDriver));
