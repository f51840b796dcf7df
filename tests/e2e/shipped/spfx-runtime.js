/* What SharePoint's module loader gives a web part bundle, reduced to what ours uses: an AMD
 * define/require, React and ReactDOM (SharePoint serves its own copies as components), and the
 * runtime classes of @microsoft/sp-core-library, sp-webpart-base and sp-property-pane.
 * The shipped bundle (dist/*.js, the files the .sppkg carries) is loaded into this page unchanged. */
(function () {
  'use strict';
  var registry = {};
  var waiting = [];

  function tryResolve() {
    var progressed = true;
    while (progressed) {
      progressed = false;
      for (var i = 0; i < waiting.length; i++) {
        var entry = waiting[i];
        var ready = entry.deps.every(function (d) {
          return Object.prototype.hasOwnProperty.call(registry, d);
        });
        if (ready) {
          waiting.splice(i, 1);
          var value = entry.factory.apply(
            null,
            entry.deps.map(function (d) {
              return registry[d];
            })
          );
          if (entry.name) registry[entry.name] = value;
          if (entry.callback) entry.callback(value);
          progressed = true;
          break;
        }
      }
    }
  }

  window.define = function (name, deps, factory) {
    if (typeof name !== 'string') {
      factory = deps;
      deps = name;
      name = window.__nextModuleName;
    }
    if (typeof deps === 'function') {
      factory = deps;
      deps = [];
    }
    waiting.push({ name: name, deps: deps, factory: factory });
    tryResolve();
  };
  window.define.amd = true;
  window.spfxRequire = function (name) {
    return new Promise(function (resolve) {
      waiting.push({
        deps: [name],
        factory: function (m) {
          return m;
        },
        callback: resolve
      });
      tryResolve();
    });
  };
  window.spfxProvide = function (name, value) {
    registry[name] = value;
    tryResolve();
  };

  function Version(text) {
    this.text = text;
  }
  Version.parse = function (text) {
    return new Version(text);
  };
  Version.prototype.toString = function () {
    return this.text;
  };
  registry['@microsoft/sp-core-library'] = { Version: Version };

  function BaseClientSideWebPart() {
    this.properties = {};
    this.domElement = null;
    this.context = null;
  }
  BaseClientSideWebPart.prototype.onInit = function () {
    return Promise.resolve();
  };
  /* As SPFx's BaseComponent: the web part's manifest is its context's. */
  Object.defineProperty(BaseClientSideWebPart.prototype, 'manifest', {
    get: function () {
      return this.context.manifest;
    }
  });
  /* A web part whose isRenderAsync is true tells SPFx when its render is done (or failed). */
  BaseClientSideWebPart.prototype.renderCompleted = function (error) {
    window.__renderCompleted = (window.__renderCompleted || 0) + 1;
    if (error) window.__mountError = String((error && error.stack) || error);
  };
  registry['@microsoft/sp-webpart-base'] = { BaseClientSideWebPart: BaseClientSideWebPart };

  registry['@microsoft/sp-property-pane'] = {
    PropertyPaneTextField: function (p, o) {
      return { type: 'TextField', targetProperty: p, properties: o };
    },
    PropertyPaneDropdown: function (p, o) {
      return { type: 'Dropdown', targetProperty: p, properties: o };
    },
    PropertyPaneToggle: function (p, o) {
      return { type: 'Toggle', targetProperty: p, properties: o };
    }
  };

  /* Mounts a web part class the way the SharePoint page does: properties from the manifest's
   * preconfigured entry, a page context, then onInit and render. */
  window.mountWebPart = function (WebPartClass, options) {
    var webPart = new WebPartClass();
    webPart.properties = options.properties;
    webPart.domElement = options.element;
    webPart.context = {
      pageContext: {
        web: { absoluteUrl: options.webUrl, serverRelativeUrl: new URL(options.webUrl).pathname },
        site: { absoluteUrl: options.webUrl },
        user: { loginName: options.login, displayName: options.login, email: options.login },
        cultureInfo: { currentUICultureName: 'da-DK', currentCultureName: 'da-DK' },
        // SharePoint renders the form digest into the page; SPFx(context) in PnPjs uses it for the
        // page's web instead of asking _api/contextinfo (see devhost/client/pageDigest.ts).
        legacyPageContext: options.formDigest ? { formDigestValue: options.formDigest.value, formDigestTimeoutSeconds: options.formDigest.timeoutSeconds } : {}
      },
      sdks: {},
      manifest: options.manifest,
      domElement: options.element
    };
    return webPart.onInit().then(function () {
      webPart.render();
      return webPart;
    });
  };
})();
