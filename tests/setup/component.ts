import '@testing-library/jest-dom';
import { setIconOptions } from '@fluentui/react';

// Fluent UI warns when icons are used before registration; SharePoint registers them on real pages.
setIconOptions({ disableWarnings: true });
