"""Report model built from domain data; PDF/XLSX renderers and the upload bundle. No Qt, no SQL."""
