"""The world model as RDF data files; a package only so that the files install with entente.

``CATALOGUE_FILES`` lists, in load order, the Turtle files of the actor catalogue (loaded into
the catalogue's named graph); ``REFERENCE_DIR`` holds reference evidence in the claims format
(memberships, leaders) that ``entente init`` loads beside the seed.
"""

CATALOGUE_FILES = ("states.ttl", "organisations.ttl", "nonstate.ttl", "people.ttl", "actors.ttl", "names.ttl")
REFERENCE_DIR = "reference"
