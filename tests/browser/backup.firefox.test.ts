import { describe } from 'vitest';
import { firefoxDriver } from '../../harness/driver';
import { backupScenarios } from './scenarios/backup';

describe('Firefox: a backup exported from the options page imports back', () => backupScenarios(firefoxDriver));
