import { describe } from 'vitest';
import { chromiumDriver } from '../../harness/driver';
import { outletScenarios } from './scenarios/outlets';

describe('Chromium: the outlet behind every article', () => outletScenarios(chromiumDriver));
