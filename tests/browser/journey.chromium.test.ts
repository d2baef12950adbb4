import { describe } from 'vitest';
import { chromiumDriver } from '../../harness/driver';
import { journeyScenarios } from './scenarios/journey';

describe('Chromium: two articles, one actor, a note', () => journeyScenarios(chromiumDriver));
