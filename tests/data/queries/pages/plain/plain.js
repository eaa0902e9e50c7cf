Page({
  data: { rows: Array.from({ length: 20 }, (_, i) => i) },
});
