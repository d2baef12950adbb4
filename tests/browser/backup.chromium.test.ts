import { describe } from 'vitest';
import { chromiumDriver } from '../../harness/driver';
import { backupScenarios } from './scenarios/backup';

describe('Chromium: a backup exported from the options page imports back', () => backupScenarios(chromiumDriver));
