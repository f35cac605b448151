"""entente's HTTP layer: the FastAPI app, its routers, the SPARQL endpoint and the viewer."""
