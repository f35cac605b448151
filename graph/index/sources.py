"""The sources' listing in the claims index: every ``ent:Source`` with the day it was issued, so
that ``/sources`` reads its page (newest first) and its total from a range of an SQLite index
instead of ordering every source in SPARQL (see :func:`graph.index.listing.source_page`).

Table ``source_list(source, published, regular)``: one row a typed source, ``published`` its one
``dct:issued`` (NULL: none; such a source is counted but not listed, as the SPARQL listing does).
A source is *regular* when the SPARQL listing's order can be read off the row exactly: an IRI,
typed once, with at most one ``dct:issued`` that is an ``xsd:date`` written ``YYYY-MM-DD``, and
all of that in the source's own named graph (as intake writes it). Any irregular source sends the
listing to SPARQL. It is filled with the rest of the index (a build, a catch-up of the graphs a
write touched, a followed write: :mod:`graph.index.build`, :mod:`graph.index.stream`), in the
same transaction; a touched graph's sources are read again, the graph's own name among them.

The statements are fixed; every value is bound.
"""

from __future__ import annotations

from graph.namespaces import XSD, sparql

SCHEMA = """
CREATE TABLE IF NOT EXISTS source_list (source TEXT PRIMARY KEY, published TEXT, regular INTEGER) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS source_list_order ON source_list(published DESC, source) WHERE published IS NOT NULL;
CREATE INDEX IF NOT EXISTS source_list_irregular ON source_list(source) WHERE regular = 0;
"""

# What the store says of sources, one row a fact: (k, what, v, dt, g, iri): ``typed`` (k a
# ent:Source in graph g) or ``issued`` (k dct:issued v, of datatype dt, in graph g); iri: whether
# k is an IRI; a fact in the default graph alone has no g (and makes its source irregular). With a VALUES block for ``?k`` (graph.store.binding.bind_rows), those sources only.
FACTS = sparql(
    """
SELECT ?k ?what ?v ?dt ?g (isIRI(?k) AS ?iri) WHERE {
  { GRAPH ?g { ?k a ent:Source } BIND("typed" AS ?what) }
  UNION { GRAPH ?g { ?k dct:issued ?v } BIND("issued" AS ?what) BIND(STR(DATATYPE(?v)) AS ?dt) }
  UNION { ?k a ent:Source FILTER NOT EXISTS { GRAPH ?h { ?k a ent:Source } } BIND("typed" AS ?what) }
  UNION { ?k a ent:Source . ?k dct:issued ?v FILTER NOT EXISTS { GRAPH ?h { ?k dct:issued ?v } }
          BIND("issued" AS ?what) BIND(STR(DATATYPE(?v)) AS ?dt) }
}"""
)
# The sources a write to graphs (a VALUES block for ``?g``) may have changed, besides the graphs'
# own names: those typed or issued in them now.
IN_GRAPHS = sparql("SELECT DISTINCT ?k WHERE { GRAPH ?g { { ?k a ent:Source } UNION { ?k dct:issued ?v } } }")

CREATE_TEMPORARY = (
    "CREATE TEMP TABLE source_facts (k TEXT, what TEXT, v TEXT, dt TEXT, g TEXT, iri TEXT)",
    "CREATE TEMP TABLE source_keys (k TEXT PRIMARY KEY) WITHOUT ROWID",
)
DROP_TEMPORARY = ("DROP TABLE IF EXISTS temp.source_facts", "DROP TABLE IF EXISTS temp.source_keys")
INSERT_FACT = "INSERT INTO source_facts VALUES (?, ?, ?, ?, ?, ?)"
INSERT_KEY = "INSERT OR IGNORE INTO source_keys VALUES (?)"

DATE = XSD + "date"
# The facts by source: every check and step below looks a source's facts up by it (without it, a
# followed load of a million claims spent hours in UNDATED: quadratic in the sources).
FACTS_INDEX = "CREATE INDEX IF NOT EXISTS temp.source_facts_k ON source_facts(k, what)"
# From the facts to the rows: the sources read again (source_keys) are forgotten first; each
# source typed in the facts gets its row. (``date(v) IS v``: a real day, written YYYY-MM-DD.)
STEPS = (
    FACTS_INDEX,
    "DELETE FROM source_list WHERE source IN (SELECT k FROM source_keys)",
    """INSERT OR REPLACE INTO source_list
       SELECT t.k,
              (SELECT MIN(i.v) FROM source_facts i WHERE i.k = t.k AND i.what = 'issued'),
              CASE WHEN t.iri = 'true' AND t.n = 1
                    AND NOT EXISTS (SELECT 1 FROM source_facts x WHERE x.k = t.k AND x.g IS NOT t.k)
                    AND (SELECT COUNT(*) FROM source_facts i WHERE i.k = t.k AND i.what = 'issued') <= 1
                    AND NOT EXISTS (SELECT 1 FROM source_facts i WHERE i.k = t.k AND i.what = 'issued'
                                    AND NOT (i.dt = :date AND length(i.v) = 10 AND date(i.v) IS i.v))
               THEN 1 ELSE 0 END
       FROM (SELECT k, MIN(iri) AS iri, COUNT(*) AS n FROM source_facts WHERE what = 'typed' GROUP BY k) t""",
)

# A followed write's facts about a source the index lists, other than the very facts it lists
# (intake writes a source's type and day again with each of its claims): not joined from the
# write; the index is left behind and catches up from the graphs the journal names.
FOREIGN = """
SELECT 1 FROM source_facts f JOIN source_list l ON l.source = f.k
WHERE l.regular = 0 OR f.g IS NOT f.k
   OR (f.what = 'issued' AND (f.v IS NOT l.published OR f.dt IS NOT :date))
LIMIT 1
"""
# A followed write that types a new source without its day: the day may be in the store already.
UNDATED = """
SELECT 1 FROM source_facts t WHERE t.what = 'typed'
  AND NOT EXISTS (SELECT 1 FROM source_facts i WHERE i.k = t.k AND i.what = 'issued')
  AND NOT EXISTS (SELECT 1 FROM source_list l WHERE l.source = t.k)
LIMIT 1
"""
IRREGULAR = "SELECT source FROM source_list WHERE regular = 0"
ANY_IRREGULAR = "SELECT 1 FROM source_list WHERE regular = 0 LIMIT 1"

# The listing's page and total, in the SPARQL listing's order (newest first, then by IRI).
PAGE = """
SELECT source FROM source_list WHERE published IS NOT NULL
ORDER BY published DESC, source LIMIT :limit OFFSET :offset
"""
COUNT = "SELECT COUNT(*) FROM source_list"
