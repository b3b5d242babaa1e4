"""`kehoach serve`: the graph on the web.

    app        the Starlette application: routes, HTML pages, errors (never a traceback)
    context    what every handler needs: config, server state (pools, page cache), responses
    endpoint   the SPARQL 1.1 Protocol: /sparql and its editor, /update (403), /store
    pool       worker processes that open the store read-only and run every query; a query past
               its deadline is cut off by killing its worker (pyoxigraph cannot be interrupted)
    jobs       what a worker runs: SPARQL protocol answers, saved queries, page data
    data       the data of each page, read from a Store (used by workers and by the static export)
    protocol   SPARQL results and RDF serialisations, Accept negotiation
    api        saved queries as an HTTP API (its handlers) and its OpenAPI 3 document
    render     Jinja2 templates, labels, links (IRIs of the graph mapped onto the server)
    lineage    the descendants of a decision as an SVG drawing (Graphviz dot)
    ical       reporting calendars as iCalendar feeds

The web stack is Starlette + uvicorn + Jinja2 (the optional extra kehoach[web])."""
