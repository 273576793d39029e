"""工作台 charts: Qt Charts, imported only when the charts are first shown."""
