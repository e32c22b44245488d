"""The applications pipeline in the browser, one module per page or small group of pages."""
