-- Creating a cohort used to store the coordinator role for its creator. A
-- coordinator is now an admin of the chat right now, or someone granted the
-- role with /role (docs/privacy.md, "Roles: platform and granted"): a stored
-- role that came only from creating the cohort would keep a demoted admin a
-- coordinator. The audit log tells where a stored role came from: the
-- creator's "cohort.create" entry, and a "member.role" entry for every /role
-- change of that membership. A creator's coordinator role with no /role change
-- came from creating the cohort, and becomes member.
--
-- Left as they are: roles changed with /role at any time (a grant stands),
-- and the creators of a forum topic's cohort who coordinate the whole chat's
-- cohort by a stored role (they could create it only through that grant, so
-- it may not have come from being an admin). Creators of cohorts whose audit
-- entry is missing are left too.
UPDATE "Membership" AS m
SET "role" = 'member'
WHERE m."role" = 'coordinator'
  AND EXISTS (
    SELECT 1 FROM "AuditEntry" AS a
    WHERE a."action" = 'cohort.create'
      AND a."cohortId" = m."cohortId"
      AND a."actorAccountId" = m."accountId"
  )
  AND NOT EXISTS (
    SELECT 1 FROM "AuditEntry" AS a
    WHERE a."action" = 'member.role'
      AND a."details"->>'membershipId' = m."id"
  )
  AND NOT EXISTS (
    SELECT 1
    FROM "Cohort" AS topic
    JOIN "Cohort" AS whole ON whole."chatId" = topic."chatId" AND whole."threadId" = ''
    JOIN "Membership" AS granted ON granted."cohortId" = whole."id" AND granted."accountId" = m."accountId"
    WHERE topic."id" = m."cohortId"
      AND topic."threadId" <> ''
      AND granted."role" = 'coordinator'
  );
