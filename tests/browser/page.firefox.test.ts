import { describe } from 'vitest';
import { firefoxDriver } from '../../harness/driver';
import { pageScenarios } from './scenarios/page';

describe('Firefox: on the page', () => pageScenarios(firefoxDriver));
