"""Readers: documents -> intermediate structure -> RDF."""
