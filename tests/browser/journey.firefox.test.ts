import { describe } from 'vitest';
import { firefoxDriver } from '../../harness/driver';
import { journeyScenarios } from './scenarios/journey';

describe('Firefox: two articles, one actor, a note', () => journeyScenarios(firefoxDriver));
