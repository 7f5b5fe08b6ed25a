// Each browser test class starts its own portal and Chromium; on a two-core machine running them
// side by side starves sign-ins past Playwright's timeouts, so classes run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
