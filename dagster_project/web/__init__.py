"""Briefings from the web: listing pages, transcripts, HTML to text."""
