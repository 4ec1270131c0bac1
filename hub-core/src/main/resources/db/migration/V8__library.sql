-- The library: what the network's index keeps of each solution's latest published revision so that
-- the public library can filter and page without reading revisions (kind, maturity, licence,
-- connectivity, the card's cost, themes and languages), and full-text search over published
-- revisions. Themes and languages are kept as delimited codes, "|loneliness|transport|", so that
-- one LIKE finds a code; codes are checked slugs and language tags that never hold "|".
ALTER TABLE network_solution
    ADD COLUMN tagline             VARCHAR(200)  NULL AFTER name,
    ADD COLUMN kind                VARCHAR(24)   NULL AFTER tagline,
    ADD COLUMN maturity            VARCHAR(16)   NULL AFTER kind,
    ADD COLUMN licence             VARCHAR(64)   NULL AFTER maturity,
    ADD COLUMN connectivity        VARCHAR(24)   NULL AFTER licence,
    ADD COLUMN monthly_cost_pounds INT           NULL AFTER connectivity,
    ADD COLUMN theme_codes         VARCHAR(1100) NULL AFTER monthly_cost_pounds,
    ADD COLUMN language_codes      VARCHAR(250)  NULL AFTER theme_codes,
    ADD KEY ix_network_solution_name (status, name);

-- Entries published before this migration take their facets from their latest revision.
UPDATE network_solution n
    JOIN solution_revision r ON r.solution_id = n.solution_id AND r.revision = n.latest_revision
SET n.tagline = r.tagline,
    n.kind = r.kind,
    n.maturity = r.maturity,
    n.licence = r.licence,
    n.connectivity = r.connectivity,
    n.monthly_cost_pounds = r.monthly_cost_pounds,
    n.theme_codes = CASE WHEN r.themes IS NULL THEN NULL ELSE CONCAT('|', REPLACE(r.themes, '\n', '|'), '|') END,
    n.language_codes = CASE WHEN r.languages IS NULL THEN NULL ELSE CONCAT('|', REPLACE(r.languages, '\n', '|'), '|') END;

-- Full-text search of the library, over what a revision says about itself. A FULLTEXT index must
-- match the MATCH column list exactly (JpaNetworkSolutions).
ALTER TABLE solution_revision
    ADD FULLTEXT KEY ft_solution_revision_text (name, tagline, description);
