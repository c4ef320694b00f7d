"""Vietnamese document numbers: grammar, code tables, identities and a finder for running text."""

from chitieu.core.documents import codes
from chitieu.core.documents.codes import TYPES, IssuerInfo, Meaning, TypeInfo
from chitieu.core.documents.finder import find_codes
from chitieu.core.documents.grammar import DocumentCode, DocumentCodeError, normalise, parse
from chitieu.core.documents.identity import PartyIdentity, StateIdentity, party_identity, state_identity

__all__ = [
    "TYPES", "DocumentCode", "DocumentCodeError", "IssuerInfo", "Meaning", "PartyIdentity", "StateIdentity",
    "TypeInfo", "codes", "find_codes", "normalise", "parse", "party_identity", "state_identity",
]
