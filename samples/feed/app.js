App({
  // 40 stories a page, up to 10,000 in all (the first screen loads 120).
  globalData: { pageSize: 40, firstPage: 120, total: 10000 },
});
