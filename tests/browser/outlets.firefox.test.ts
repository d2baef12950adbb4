import { describe } from 'vitest';
import { firefoxDriver } from '../../harness/driver';
import { outletScenarios } from './scenarios/outlets';

describe('Firefox: the outlet behind every article', () => outletScenarios(firefoxDriver));
