App({
  globalData: { pageSize: 40 },
});
