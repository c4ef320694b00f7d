"""Per-language word lists for document references and people.

Data only: each module maps the words a language uses (and its common machine-translation renderings of
Vietnamese terms) to the letter codes and English labels that the extraction reports. The matching code lives in
`references.py` and `people.py`.
"""
