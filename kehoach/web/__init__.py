"""`kehoach serve`: the graph on the web.

    app        the Starlette application: routes, content negotiation, errors (never a traceback)
    pool       worker processes that open the store read-only and run every query; a query past
               its deadline is cut off by killing its worker (pyoxigraph cannot be interrupted)
    jobs       what a worker runs: SPARQL protocol answers, saved queries, page data
    data       the data of each page, read from a Store (used by workers and by the static export)
    protocol   SPARQL results and RDF serialisations, Accept negotiation
    api        saved queries as an HTTP API and its OpenAPI 3 document
    render     Jinja2 templates, labels, links (IRIs of the graph mapped onto the server)
    lineage    the descendants of a decision as an SVG drawing (Graphviz dot)
    ical       reporting calendars as iCalendar feeds

The web stack is Starlette + uvicorn + Jinja2 (the optional extra kehoach[web])."""
