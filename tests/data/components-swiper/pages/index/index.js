Page({ data: { multiCurrent: 0 } });
