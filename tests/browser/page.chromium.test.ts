import { describe } from 'vitest';
import { chromiumDriver } from '../../harness/driver';
import { pageScenarios } from './scenarios/page';

describe('Chromium: on the page', () => pageScenarios(chromiumDriver));
