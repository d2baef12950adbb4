import { describe } from 'vitest';
import { chromiumDriver } from '../../harness/driver';
import { sliceScenarios } from './scenarios/slice';

describe('Chromium: the thin slice', () => sliceScenarios(chromiumDriver));
