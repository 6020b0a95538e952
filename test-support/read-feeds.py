"""Reads each feed file named on the command line with feedparser, as a strict feed reader would, and prints JSON:
per file, whether feedparser found the document ill-formed (bozo) and why, and what it read of every entry."""
import json
import sys

import feedparser

report = {}
for path in sys.argv[1:]:
    # Sanitising and resolving URIs in content are for display and slow; well-formedness (bozo) is checked either way.
    feed = feedparser.parse(path, sanitize_html=False, resolve_relative_uris=False)
    report[path] = {
        "bozo": int(feed.bozo),
        "error": str(feed.get("bozo_exception", "")),
        "version": feed.version,
        "entries": [
            {
                "id": entry.get("id"),
                "title": entry.get("title"),
                "link": entry.get("link"),
                "authors": [author.get("name") for author in entry.get("authors", [])],
                "terms": [tag.get("term") for tag in entry.get("tags", [])],
                "enclosures": [
                    {"href": e.get("href"), "length": e.get("length"), "type": e.get("type")}
                    for e in entry.get("enclosures", [])
                ],
            }
            for entry in feed.entries
        ],
    }
print(json.dumps(report))
