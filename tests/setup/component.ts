import '@testing-library/jest-dom';
import { setIconOptions } from '@fluentui/react';

// Fluent UI warns when icons are used before registration; SharePoint registers them on real pages.
setIconOptions({ disableWarnings: true });

// Every test starts with an empty browser storage: a view's kept copy (viewCache) or a draft from
// an earlier test must not decide what the next one sees first.
beforeEach(() => window.localStorage.clear());
