SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';

CREATE FUNCTION public.steward_assign_id() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN IF NEW.id IS NULL THEN NEW.id := nextval(TG_ARGV[0]); ELSIF NEW.id >= nextval(TG_ARGV[0]) THEN PERFORM setval(TG_ARGV[0], NEW.id); END IF; RETURN NEW; END $$;

CREATE FUNCTION public.steward_fold(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE WHEN t ~ '[^\x01-\x7f]' THEN translate(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t,chr(192),'a'),chr(193),'a'),chr(194),'a'),chr(195),'a'),chr(196),'a'),chr(197),'a'),chr(198),'ae'),chr(199),'c'),chr(200),'e'),chr(201),'e'),chr(202),'e'),chr(203),'e'),chr(204),'i'),chr(205),'i'),chr(206),'i'),chr(207),'i'),chr(208),'d'),chr(209),'n'),chr(210),'o'),chr(211),'o'),chr(212),'o'),chr(213),'o'),chr(214),'o'),chr(216),'o'),chr(217),'u'),chr(218),'u'),chr(219),'u'),chr(220),'u'),chr(221),'y'),chr(222),'th'),chr(223),'ss'),chr(224),'a'),chr(225),'a'),chr(226),'a'),chr(227),'a'),chr(228),'a'),chr(229),'a'),chr(230),'ae'),chr(231),'c'),chr(232),'e'),chr(233),'e'),chr(234),'e'),chr(235),'e'),chr(236),'i'),chr(237),'i'),chr(238),'i'),chr(239),'i'),chr(240),'d'),chr(241),'n'),chr(242),'o'),chr(243),'o'),chr(244),'o'),chr(245),'o'),chr(246),'o'),chr(248),'o'),chr(249),'u'),chr(250),'u'),chr(251),'u'),chr(252),'u'),chr(253),'y'),chr(254),'th'),chr(255),'y'),chr(256),'a'),chr(257),'a'),chr(258),'a'),chr(259),'a'),chr(260),'a'),chr(261),'a'),chr(262),'c'),chr(263),'c'),chr(264),'c'),chr(265),'c'),chr(266),'c'),chr(267),'c'),chr(268),'c'),chr(269),'c'),chr(270),'d'),chr(271),'d'),chr(272),'d'),chr(273),'d'),chr(274),'e'),chr(275),'e'),chr(276),'e'),chr(277),'e'),chr(278),'e'),chr(279),'e'),chr(280),'e'),chr(281),'e'),chr(282),'e'),chr(283),'e'),chr(284),'g'),chr(285),'g'),chr(286),'g'),chr(287),'g'),chr(288),'g'),chr(289),'g'),chr(290),'g'),chr(291),'g'),chr(292),'h'),chr(293),'h'),chr(294),'h'),chr(295),'h'),chr(296),'i'),chr(297),'i'),chr(298),'i'),chr(299),'i'),chr(300),'i'),chr(301),'i'),chr(302),'i'),chr(303),'i'),chr(304),'i'),chr(305),'i'),chr(306),'ij'),chr(307),'ij'),chr(308),'j'),chr(309),'j'),chr(310),'k'),chr(311),'k'),chr(312),'k'),chr(313),'l'),chr(314),'l'),chr(315),'l'),chr(316),'l'),chr(317),'l'),chr(318),'l'),chr(319),'l'),chr(320),'l'),chr(321),'l'),chr(322),'l'),chr(323),'n'),chr(324),'n'),chr(325),'n'),chr(326),'n'),chr(327),'n'),chr(328),'n'),chr(329),'n'),chr(330),'n'),chr(331),'n'),chr(332),'o'),chr(333),'o'),chr(334),'o'),chr(335),'o'),chr(336),'o'),chr(337),'o'),chr(338),'oe'),chr(339),'oe'),chr(340),'r'),chr(341),'r'),chr(342),'r'),chr(343),'r'),chr(344),'r'),chr(345),'r'),chr(346),'s'),chr(347),'s'),chr(348),'s'),chr(349),'s'),chr(350),'s'),chr(351),'s'),chr(352),'s'),chr(353),'s'),chr(354),'t'),chr(355),'t'),chr(356),'t'),chr(357),'t'),chr(358),'t'),chr(359),'t'),chr(360),'u'),chr(361),'u'),chr(362),'u'),chr(363),'u'),chr(364),'u'),chr(365),'u'),chr(366),'u'),chr(367),'u'),chr(368),'u'),chr(369),'u'),chr(370),'u'),chr(371),'u'),chr(372),'w'),chr(373),'w'),chr(374),'y'),chr(375),'y'),chr(376),'y'),chr(377),'z'),chr(378),'z'),chr(379),'z'),chr(380),'z'),chr(381),'z'),chr(382),'z'),chr(383),'s'),chr(768),''),chr(769),''),chr(770),''),chr(771),''),chr(772),''),chr(774),''),chr(775),''),chr(776),''),chr(778),''),chr(779),''),chr(780),''),chr(803),''),chr(807),''),chr(808),''), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') ELSE translate(t, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') END $$;

CREATE FUNCTION public.steward_history_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN IF pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE') THEN  IF TG_LEVEL = 'STATEMENT' THEN RETURN NULL; END IF;  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;  RETURN NEW; END IF; RAISE EXCEPTION 'The history of this inventory can only be added to: % of % is refused to role %.',  TG_OP, TG_TABLE_NAME, current_user  USING ERRCODE = 'insufficient_privilege',  HINT = 'Only the owner of the inventory''s tables may change or remove its history.'; END $$;

CREATE FUNCTION public.steward_history_own_batch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN IF EXISTS (SELECT 1 FROM steward_added_changes a JOIN change_batch b ON b.id = a.batch_id            WHERE b.actor <> session_user) THEN  RAISE EXCEPTION 'A change may only be added to a history batch of role %.', session_user   USING ERRCODE = 'insufficient_privilege'; END IF; RETURN NULL; END $$;

CREATE FUNCTION public.steward_history_stamp() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN NEW.actor := session_user; NEW.at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'); RETURN NEW; END $$;

CREATE FUNCTION public.steward_search_contact() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN IF TG_OP = 'DELETE' THEN DELETE FROM search_doc WHERE id BETWEEN ((5)::BIGINT << 40) + ((OLD.id)::BIGINT << 5) + 0 AND ((5)::BIGINT << 40) + ((OLD.id)::BIGINT << 5) + 2; RETURN OLD; END IF; IF TG_OP = 'UPDATE' THEN DELETE FROM search_doc WHERE id BETWEEN ((5)::BIGINT << 40) + ((OLD.id)::BIGINT << 5) + 0 AND ((5)::BIGINT << 40) + ((OLD.id)::BIGINT << 5) + 2; END IF; PERFORM steward_search_put(((5)::BIGINT << 40) + ((NEW.id)::BIGINT << 5) + 0, 5, NEW.id, 'name', NEW.name), steward_search_put(((5)::BIGINT << 40) + ((NEW.id)::BIGINT << 5) + 2, 5, NEW.id, 'notes', NEW.notes); RETURN NEW; END $$;

CREATE FUNCTION public.steward_search_contact_address() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN IF TG_OP <> 'INSERT' THEN DELETE FROM search_doc WHERE id = ((5)::BIGINT << 40) + ((OLD.id)::BIGINT << 5) + 16; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; PERFORM steward_search_put(((5)::BIGINT << 40) + ((NEW.id)::BIGINT << 5) + 16, 5, NEW.contact_id, NEW.kind, NEW.value); RETURN NEW; END $$;

CREATE FUNCTION public.steward_search_contact_tag() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN IF TG_OP = 'INSERT' THEN DELETE FROM search_doc WHERE id IN (SELECT ((5)::BIGINT << 40) + ((o.id)::BIGINT << 5) + 13 FROM (SELECT contact_id FROM new_rows) AS o(id)); INSERT INTO search_doc (id, grp, target_id, field, text, folded) SELECT ((s.grp)::BIGINT << 40) + ((s.id)::BIGINT << 5) + 13, s.grp, s.id, 'tag', s.text, steward_fold(s.text) FROM (SELECT o.id, 5 AS grp, string_agg(t.tag, chr(10) ORDER BY t.position, t.tag) AS text FROM contact o JOIN contact_tag t ON t.contact_id = o.id WHERE o.id IN (SELECT contact_id FROM new_rows) GROUP BY o.id) AS s; ELSIF TG_OP = 'DELETE' THEN DELETE FROM search_doc WHERE id IN (SELECT ((5)::BIGINT << 40) + ((o.id)::BIGINT << 5) + 13 FROM (SELECT contact_id FROM old_rows) AS o(id)); INSERT INTO search_doc (id, grp, target_id, field, text, folded) SELECT ((s.grp)::BIGINT << 40) + ((s.id)::BIGINT << 5) + 13, s.grp, s.id, 'tag', s.text, steward_fold(s.text) FROM (SELECT o.id, 5 AS grp, string_agg(t.tag, chr(10) ORDER BY t.position, t.tag) AS text FROM contact o JOIN contact_tag t ON t.contact_id = o.id WHERE o.id IN (SELECT contact_id FROM old_rows) GROUP BY o.id) AS s; ELSE DELETE FROM search_doc WHERE id IN (SELECT ((5)::BIGINT << 40) + ((o.id)::BIGINT << 5) + 13 FROM (SELECT contact_id FROM new_rows UNION SELECT contact_id FROM old_rows) AS o(id)); INSERT INTO search_doc (id, grp, target_id, field, text, folded) SELECT ((s.grp)::BIGINT << 40) + ((s.id)::BIGINT << 5) + 13, s.grp, s.id, 'tag', s.text, steward_fold(s.text) FROM (SELECT o.id, 5 AS grp, string_agg(t.tag, chr(10) ORDER BY t.position, t.tag) AS text FROM contact o JOIN contact_tag t ON t.contact_id = o.id WHERE o.id IN (SELECT contact_id FROM new_rows UNION SELECT contact_id FROM old_rows) GROUP BY o.id) AS s; END IF; RETURN NULL; END $$;

CREATE FUNCTION public.steward_search_host() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN IF TG_OP = 'DELETE' THEN DELETE FROM search_doc WHERE id BETWEEN ((3)::BIGINT << 40) + ((OLD.item_id)::BIGINT << 5) + 11 AND ((3)::BIGINT << 40) + ((OLD.item_id)::BIGINT << 5) + 11; RETURN OLD; END IF; IF TG_OP = 'UPDATE' THEN DELETE FROM search_doc WHERE id BETWEEN ((3)::BIGINT << 40) + ((OLD.item_id)::BIGINT << 5) + 11 AND ((3)::BIGINT << 40) + ((OLD.item_id)::BIGINT << 5) + 11; END IF; PERFORM steward_search_put(((3)::BIGINT << 40) + ((NEW.item_id)::BIGINT << 5) + 11, 3, NEW.item_id, 'hostname', NEW.hostname); RETURN NEW; END $$;

CREATE FUNCTION public.steward_search_item() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN IF TG_OP = 'DELETE' THEN DELETE FROM search_doc WHERE id BETWEEN (((CASE OLD.kind WHEN 'organisation' THEN 1 WHEN 'provider' THEN 2 WHEN 'host' THEN 3 ELSE 4 END)::BIGINT)::BIGINT << 40) + ((OLD.id)::BIGINT << 5) + 0 AND (((CASE OLD.kind WHEN 'organisation' THEN 1 WHEN 'provider' THEN 2 WHEN 'host' THEN 3 ELSE 4 END)::BIGINT)::BIGINT << 40) + ((OLD.id)::BIGINT << 5) + 31; RETURN OLD; END IF; IF TG_OP = 'UPDATE' THEN DELETE FROM search_doc WHERE id BETWEEN (((CASE OLD.kind WHEN 'organisation' THEN 1 WHEN 'provider' THEN 2 WHEN 'host' THEN 3 ELSE 4 END)::BIGINT)::BIGINT << 40) + ((OLD.id)::BIGINT << 5) + 0 AND (((CASE OLD.kind WHEN 'organisation' THEN 1 WHEN 'provider' THEN 2 WHEN 'host' THEN 3 ELSE 4 END)::BIGINT)::BIGINT << 40) + ((OLD.id)::BIGINT << 5) + 2; END IF; PERFORM steward_search_put((((CASE NEW.kind WHEN 'organisation' THEN 1 WHEN 'provider' THEN 2 WHEN 'host' THEN 3 ELSE 4 END)::BIGINT)::BIGINT << 40) + ((NEW.id)::BIGINT << 5) + 0, (CASE NEW.kind WHEN 'organisation' THEN 1 WHEN 'provider' THEN 2 WHEN 'host' THEN 3 ELSE 4 END)::BIGINT, NEW.id, 'name', NEW.name), steward_search_put((((CASE NEW.kind WHEN 'organisation' THEN 1 WHEN 'provider' THEN 2 WHEN 'host' THEN 3 ELSE 4 END)::BIGINT)::BIGINT << 40) + ((NEW.id)::BIGINT << 5) + 1, (CASE NEW.kind WHEN 'organisation' THEN 1 WHEN 'provider' THEN 2 WHEN 'host' THEN 3 ELSE 4 END)::BIGINT, NEW.id, 'description', NEW.description), steward_search_put((((CASE NEW.kind WHEN 'organisation' THEN 1 WHEN 'provider' THEN 2 WHEN 'host' THEN 3 ELSE 4 END)::BIGINT)::BIGINT << 40) + ((NEW.id)::BIGINT << 5) + 2, (CASE NEW.kind WHEN 'organisation' THEN 1 WHEN 'provider' THEN 2 WHEN 'host' THEN 3 ELSE 4 END)::BIGINT, NEW.id, 'notes', NEW.notes); RETURN NEW; END $$;

CREATE FUNCTION public.steward_search_item_alias() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN IF TG_OP = 'INSERT' THEN DELETE FROM search_doc d USING item o WHERE o.id IN (SELECT item_id FROM new_rows) AND d.id = (((CASE o.kind WHEN 'organisation' THEN 1 WHEN 'provider' THEN 2 WHEN 'host' THEN 3 ELSE 4 END))::BIGINT << 40) + ((o.id)::BIGINT << 5) + 12; INSERT INTO search_doc (id, grp, target_id, field, text, folded) SELECT ((s.grp)::BIGINT << 40) + ((s.id)::BIGINT << 5) + 12, s.grp, s.id, 'alias', s.text, steward_fold(s.text) FROM (SELECT o.id, (CASE o.kind WHEN 'organisation' THEN 1 WHEN 'provider' THEN 2 WHEN 'host' THEN 3 ELSE 4 END) AS grp, string_agg(t.alias, chr(10) ORDER BY t.position, t.alias_key) AS text FROM item o JOIN item_alias t ON t.item_id = o.id WHERE o.id IN (SELECT item_id FROM new_rows) GROUP BY o.id, o.kind) AS s; ELSIF TG_OP = 'DELETE' THEN DELETE FROM search_doc d USING item o WHERE o.id IN (SELECT item_id FROM old_rows) AND d.id = (((CASE o.kind WHEN 'organisation' THEN 1 WHEN 'provider' THEN 2 WHEN 'host' THEN 3 ELSE 4 END))::BIGINT << 40) + ((o.id)::BIGINT << 5) + 12; INSERT INTO search_doc (id, grp, target_id, field, text, folded) SELECT ((s.grp)::BIGINT << 40) + ((s.id)::BIGINT << 5) + 12, s.grp, s.id, 'alias', s.text, steward_fold(s.text) FROM (SELECT o.id, (CASE o.kind WHEN 'organisation' THEN 1 WHEN 'provider' THEN 2 WHEN 'host' THEN 3 ELSE 4 END) AS grp, string_agg(t.alias, chr(10) ORDER BY t.position, t.alias_key) AS text FROM item o JOIN item_alias t ON t.item_id = o.id WHERE o.id IN (SELECT item_id FROM old_rows) GROUP BY o.id, o.kind) AS s; ELSE DELETE FROM search_doc d USING item o WHERE o.id IN (SELECT item_id FROM new_rows UNION SELECT item_id FROM old_rows) AND d.id = (((CASE o.kind WHEN 'organisation' THEN 1 WHEN 'provider' THEN 2 WHEN 'host' THEN 3 ELSE 4 END))::BIGINT << 40) + ((o.id)::BIGINT << 5) + 12; INSERT INTO search_doc (id, grp, target_id, field, text, folded) SELECT ((s.grp)::BIGINT << 40) + ((s.id)::BIGINT << 5) + 12, s.grp, s.id, 'alias', s.text, steward_fold(s.text) FROM (SELECT o.id, (CASE o.kind WHEN 'organisation' THEN 1 WHEN 'provider' THEN 2 WHEN 'host' THEN 3 ELSE 4 END) AS grp, string_agg(t.alias, chr(10) ORDER BY t.position, t.alias_key) AS text FROM item o JOIN item_alias t ON t.item_id = o.id WHERE o.id IN (SELECT item_id FROM new_rows UNION SELECT item_id FROM old_rows) GROUP BY o.id, o.kind) AS s; END IF; RETURN NULL; END $$;

CREATE FUNCTION public.steward_search_item_tag() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN IF TG_OP = 'INSERT' THEN DELETE FROM search_doc d USING item o WHERE o.id IN (SELECT item_id FROM new_rows) AND d.id = (((CASE o.kind WHEN 'organisation' THEN 1 WHEN 'provider' THEN 2 WHEN 'host' THEN 3 ELSE 4 END))::BIGINT << 40) + ((o.id)::BIGINT << 5) + 13; INSERT INTO search_doc (id, grp, target_id, field, text, folded) SELECT ((s.grp)::BIGINT << 40) + ((s.id)::BIGINT << 5) + 13, s.grp, s.id, 'tag', s.text, steward_fold(s.text) FROM (SELECT o.id, (CASE o.kind WHEN 'organisation' THEN 1 WHEN 'provider' THEN 2 WHEN 'host' THEN 3 ELSE 4 END) AS grp, string_agg(t.tag, chr(10) ORDER BY t.position, t.tag) AS text FROM item o JOIN item_tag t ON t.item_id = o.id WHERE o.id IN (SELECT item_id FROM new_rows) GROUP BY o.id, o.kind) AS s; ELSIF TG_OP = 'DELETE' THEN DELETE FROM search_doc d USING item o WHERE o.id IN (SELECT item_id FROM old_rows) AND d.id = (((CASE o.kind WHEN 'organisation' THEN 1 WHEN 'provider' THEN 2 WHEN 'host' THEN 3 ELSE 4 END))::BIGINT << 40) + ((o.id)::BIGINT << 5) + 13; INSERT INTO search_doc (id, grp, target_id, field, text, folded) SELECT ((s.grp)::BIGINT << 40) + ((s.id)::BIGINT << 5) + 13, s.grp, s.id, 'tag', s.text, steward_fold(s.text) FROM (SELECT o.id, (CASE o.kind WHEN 'organisation' THEN 1 WHEN 'provider' THEN 2 WHEN 'host' THEN 3 ELSE 4 END) AS grp, string_agg(t.tag, chr(10) ORDER BY t.position, t.tag) AS text FROM item o JOIN item_tag t ON t.item_id = o.id WHERE o.id IN (SELECT item_id FROM old_rows) GROUP BY o.id, o.kind) AS s; ELSE DELETE FROM search_doc d USING item o WHERE o.id IN (SELECT item_id FROM new_rows UNION SELECT item_id FROM old_rows) AND d.id = (((CASE o.kind WHEN 'organisation' THEN 1 WHEN 'provider' THEN 2 WHEN 'host' THEN 3 ELSE 4 END))::BIGINT << 40) + ((o.id)::BIGINT << 5) + 13; INSERT INTO search_doc (id, grp, target_id, field, text, folded) SELECT ((s.grp)::BIGINT << 40) + ((s.id)::BIGINT << 5) + 13, s.grp, s.id, 'tag', s.text, steward_fold(s.text) FROM (SELECT o.id, (CASE o.kind WHEN 'organisation' THEN 1 WHEN 'provider' THEN 2 WHEN 'host' THEN 3 ELSE 4 END) AS grp, string_agg(t.tag, chr(10) ORDER BY t.position, t.tag) AS text FROM item o JOIN item_tag t ON t.item_id = o.id WHERE o.id IN (SELECT item_id FROM new_rows UNION SELECT item_id FROM old_rows) GROUP BY o.id, o.kind) AS s; END IF; RETURN NULL; END $$;

CREATE FUNCTION public.steward_search_provider() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN IF TG_OP = 'DELETE' THEN DELETE FROM search_doc WHERE id BETWEEN ((2)::BIGINT << 40) + ((OLD.item_id)::BIGINT << 5) + 5 AND ((2)::BIGINT << 40) + ((OLD.item_id)::BIGINT << 5) + 10; RETURN OLD; END IF; IF TG_OP = 'UPDATE' THEN DELETE FROM search_doc WHERE id BETWEEN ((2)::BIGINT << 40) + ((OLD.item_id)::BIGINT << 5) + 5 AND ((2)::BIGINT << 40) + ((OLD.item_id)::BIGINT << 5) + 10; END IF; PERFORM steward_search_put(((2)::BIGINT << 40) + ((NEW.item_id)::BIGINT << 5) + 5, 2, NEW.item_id, 'full_name', NEW.full_name), steward_search_put(((2)::BIGINT << 40) + ((NEW.item_id)::BIGINT << 5) + 6, 2, NEW.item_id, 'website', NEW.website), steward_search_put(((2)::BIGINT << 40) + ((NEW.item_id)::BIGINT << 5) + 7, 2, NEW.item_id, 'location', NEW.location), steward_search_put(((2)::BIGINT << 40) + ((NEW.item_id)::BIGINT << 5) + 8, 2, NEW.item_id, 'config_tool', NEW.config_tool), steward_search_put(((2)::BIGINT << 40) + ((NEW.item_id)::BIGINT << 5) + 9, 2, NEW.item_id, 'config_tool_url', NEW.config_tool_url), steward_search_put(((2)::BIGINT << 40) + ((NEW.item_id)::BIGINT << 5) + 10, 2, NEW.item_id, 'config_repo', NEW.config_repo); RETURN NEW; END $$;

CREATE FUNCTION public.steward_search_put(p_id bigint, p_grp bigint, p_target bigint, p_field text, p_text text) RETURNS void
    LANGUAGE plpgsql
    AS $$ BEGIN DELETE FROM search_doc WHERE id = p_id; IF p_text <> '' THEN  INSERT INTO search_doc (id, grp, target_id, field, text, folded)  VALUES (p_id, p_grp, p_target, p_field, p_text, steward_fold(p_text)); END IF; END $$;

CREATE FUNCTION public.steward_search_service() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN IF TG_OP = 'DELETE' THEN DELETE FROM search_doc WHERE id BETWEEN ((4)::BIGINT << 40) + ((OLD.item_id)::BIGINT << 5) + 3 AND ((4)::BIGINT << 40) + ((OLD.item_id)::BIGINT << 5) + 4; RETURN OLD; END IF; IF TG_OP = 'UPDATE' THEN DELETE FROM search_doc WHERE id BETWEEN ((4)::BIGINT << 40) + ((OLD.item_id)::BIGINT << 5) + 3 AND ((4)::BIGINT << 40) + ((OLD.item_id)::BIGINT << 5) + 4; END IF; PERFORM steward_search_put(((4)::BIGINT << 40) + ((NEW.item_id)::BIGINT << 5) + 3, 4, NEW.item_id, 'url', NEW.url), steward_search_put(((4)::BIGINT << 40) + ((NEW.item_id)::BIGINT << 5) + 4, 4, NEW.item_id, 'source_url', NEW.source_url); RETURN NEW; END $$;

SET default_tablespace = '';

SET default_table_access_method = heap;

CREATE TABLE public.also_runs_on (
    service_id bigint NOT NULL,
    host_id bigint NOT NULL,
    "position" bigint DEFAULT 0 NOT NULL,
    CONSTRAINT also_runs_on_check CHECK ((service_id <> host_id))
);

CREATE TABLE public.assignment (
    id bigint NOT NULL,
    item_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    role text NOT NULL,
    priority text DEFAULT 'primary'::text NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    "position" bigint DEFAULT 0 NOT NULL,
    version bigint DEFAULT 1 NOT NULL,
    confirmed_at text,
    confirmed_by text DEFAULT ''::text NOT NULL,
    valid_from text,
    valid_until text,
    CONSTRAINT assignment_priority_check CHECK ((priority = ANY (ARRAY['primary'::text, 'secondary'::text, 'tertiary'::text, 'inactive'::text]))),
    CONSTRAINT assignment_role_check CHECK ((length(role) > 0)),
    CONSTRAINT assignment_valid_from_check CHECK (((valid_from IS NULL) OR (length(valid_from) = 10))),
    CONSTRAINT assignment_valid_until_check CHECK (((valid_until IS NULL) OR (length(valid_until) = 10)))
);

ALTER TABLE public.assignment ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.assignment_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

CREATE TABLE public.change_batch (
    id bigint NOT NULL,
    at text NOT NULL,
    actor text NOT NULL,
    label text DEFAULT ''::text NOT NULL
);

ALTER TABLE public.change_batch ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.change_batch_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

CREATE TABLE public.change_log (
    id bigint NOT NULL,
    batch_id bigint NOT NULL,
    entity text NOT NULL,
    entity_id bigint NOT NULL,
    item_id bigint,
    action text NOT NULL,
    summary text DEFAULT ''::text NOT NULL,
    before text DEFAULT '{}'::text NOT NULL,
    after text DEFAULT '{}'::text NOT NULL,
    CONSTRAINT change_log_action_check CHECK ((action = ANY (ARRAY['create'::text, 'update'::text, 'delete'::text]))),
    CONSTRAINT change_log_entity_check CHECK ((entity = ANY (ARRAY['item'::text, 'contact'::text, 'assignment'::text, 'link'::text, 'team_member'::text])))
);

ALTER TABLE public.change_log ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.change_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

CREATE TABLE public.contact (
    id bigint NOT NULL,
    kind text NOT NULL,
    name text NOT NULL,
    name_key text NOT NULL,
    team_id bigint,
    notes text DEFAULT ''::text NOT NULL,
    version bigint DEFAULT 1 NOT NULL,
    CONSTRAINT contact_kind_check CHECK ((kind = ANY (ARRAY['person'::text, 'team'::text, 'mailing_list'::text, 'mailbox'::text, 'chat_channel'::text, 'issue_tracker'::text, 'organisation'::text]))),
    CONSTRAINT contact_name_check CHECK ((length(name) > 0))
);

CREATE TABLE public.contact_address (
    id bigint NOT NULL,
    contact_id bigint NOT NULL,
    kind text NOT NULL,
    value text NOT NULL,
    label text DEFAULT ''::text NOT NULL,
    "position" bigint DEFAULT 0 NOT NULL,
    CONSTRAINT contact_address_kind_check CHECK ((kind = ANY (ARRAY['email'::text, 'irc'::text, 'matrix'::text, 'slack'::text, 'url'::text, 'phone'::text]))),
    CONSTRAINT contact_address_value_check CHECK ((length(value) > 0))
);

ALTER TABLE public.contact_address ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.contact_address_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

ALTER TABLE public.contact ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.contact_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

CREATE TABLE public.contact_tag (
    contact_id bigint NOT NULL,
    tag text NOT NULL,
    "position" bigint DEFAULT 0 NOT NULL,
    CONSTRAINT contact_tag_tag_check CHECK ((length(tag) > 0))
);

CREATE TABLE public.host (
    item_id bigint NOT NULL,
    host_kind text DEFAULT 'vm'::text NOT NULL,
    hostname text DEFAULT ''::text NOT NULL,
    CONSTRAINT host_host_kind_check CHECK ((host_kind = ANY (ARRAY['physical'::text, 'vm'::text])))
);

CREATE TABLE public.item (
    id bigint NOT NULL,
    kind text NOT NULL,
    name text NOT NULL,
    name_key text NOT NULL,
    parent_id bigint,
    status text DEFAULT 'active'::text NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    notes text DEFAULT ''::text NOT NULL,
    version bigint DEFAULT 1 NOT NULL,
    CONSTRAINT item_check CHECK (((kind = 'organisation'::text) = (parent_id IS NULL))),
    CONSTRAINT item_kind_check CHECK ((kind = ANY (ARRAY['organisation'::text, 'provider'::text, 'host'::text, 'service'::text]))),
    CONSTRAINT item_name_check CHECK ((length(name) > 0))
);

CREATE TABLE public.item_alias (
    item_id bigint NOT NULL,
    kind text NOT NULL,
    alias text NOT NULL,
    alias_key text NOT NULL,
    "position" bigint DEFAULT 0 NOT NULL,
    CONSTRAINT item_alias_alias_check CHECK ((length(alias) > 0)),
    CONSTRAINT item_alias_kind_check CHECK ((kind = ANY (ARRAY['organisation'::text, 'provider'::text, 'host'::text, 'service'::text])))
);

ALTER TABLE public.item ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.item_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

CREATE TABLE public.item_link (
    id bigint NOT NULL,
    from_item bigint NOT NULL,
    to_item bigint NOT NULL,
    kind text NOT NULL,
    note text DEFAULT ''::text NOT NULL
);

ALTER TABLE public.item_link ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.item_link_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

CREATE TABLE public.item_tag (
    item_id bigint NOT NULL,
    tag text NOT NULL,
    "position" bigint DEFAULT 0 NOT NULL,
    CONSTRAINT item_tag_tag_check CHECK ((length(tag) > 0))
);

CREATE TABLE public.link_type (
    key text NOT NULL,
    label text DEFAULT ''::text NOT NULL,
    carries_failure bigint DEFAULT 1 NOT NULL,
    CONSTRAINT link_type_carries_failure_check CHECK ((carries_failure = ANY (ARRAY[(0)::bigint, (1)::bigint]))),
    CONSTRAINT link_type_key_check CHECK ((length(key) > 0))
);

CREATE TABLE public.provider (
    item_id bigint NOT NULL,
    provider_kind text DEFAULT 'other'::text NOT NULL,
    full_name text DEFAULT ''::text NOT NULL,
    website text DEFAULT ''::text NOT NULL,
    location text DEFAULT ''::text NOT NULL,
    config_tool text DEFAULT ''::text NOT NULL,
    config_tool_url text DEFAULT ''::text NOT NULL,
    config_repo text DEFAULT ''::text NOT NULL
);

CREATE TABLE public.role_def (
    role text NOT NULL,
    review_days bigint,
    CONSTRAINT role_def_review_days_check CHECK (((review_days IS NULL) OR (review_days > 0))),
    CONSTRAINT role_def_role_check CHECK ((length(role) > 0))
);

CREATE TABLE public.search_doc (
    id bigint NOT NULL,
    grp bigint NOT NULL,
    target_id bigint NOT NULL,
    field text NOT NULL,
    text text NOT NULL,
    folded text NOT NULL
);

CREATE TABLE public.service (
    item_id bigint NOT NULL,
    url text DEFAULT ''::text NOT NULL,
    source_url text DEFAULT ''::text NOT NULL
);

CREATE TABLE public.status_def (
    name text NOT NULL,
    category text NOT NULL,
    CONSTRAINT status_def_category_check CHECK ((category = ANY (ARRAY['operational'::text, 'degraded'::text, 'down'::text, 'retired'::text, 'planned'::text]))),
    CONSTRAINT status_def_name_check CHECK ((length(name) > 0))
);

CREATE TABLE public.steward_meta (
    key text NOT NULL,
    value text NOT NULL
);

CREATE TABLE public.team_member (
    team_id bigint NOT NULL,
    member_id bigint NOT NULL,
    role text DEFAULT 'member'::text NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    "position" bigint DEFAULT 0 NOT NULL,
    CONSTRAINT team_member_check CHECK ((team_id <> member_id))
);

INSERT INTO public.assignment (id, item_id, contact_id, role, priority, note, "position", version, confirmed_at, confirmed_by, valid_from, valid_until) VALUES (1, 1, 1, 'escalation', 'primary', '', 0, 1, NULL, '', NULL, NULL);
INSERT INTO public.assignment (id, item_id, contact_id, role, priority, note, "position", version, confirmed_at, confirmed_by, valid_from, valid_until) VALUES (2, 6, 2, 'owner', 'primary', 'particularly the search', 0, 1, NULL, '', NULL, NULL);
INSERT INTO public.assignment (id, item_id, contact_id, role, priority, note, "position", version, confirmed_at, confirmed_by, valid_from, valid_until) VALUES (3, 6, 3, 'maintainer', 'secondary', '', 0, 1, NULL, '', NULL, NULL);
INSERT INTO public.assignment (id, item_id, contact_id, role, priority, note, "position", version, confirmed_at, confirmed_by, valid_from, valid_until) VALUES (4, 7, 3, 'owner', 'inactive', '', 0, 1, NULL, '', NULL, NULL);

INSERT INTO public.change_batch (id, at, actor, label) VALUES (1, '2026-12-06T10:26:24.068Z', 'steward', 'Edit Wiki');
INSERT INTO public.change_batch (id, at, actor, label) VALUES (2, '2026-12-06T10:26:24.069Z', 'steward', 'Assign');

INSERT INTO public.change_log (id, batch_id, entity, entity_id, item_id, action, summary, before, after) VALUES (1, 1, 'item', 6, 6, 'update', 'notes changed', '{"notes":""}', '{"notes":"Ask Renée first."}');
INSERT INTO public.change_log (id, batch_id, entity, entity_id, item_id, action, summary, before, after) VALUES (2, 2, 'assignment', 3, 6, 'create', 'Ola Nordmann maintainer of Wiki', '{}', '{}');

INSERT INTO public.contact (id, kind, name, name_key, team_id, notes, version) VALUES (1, 'team', 'Infrastructure', 'infrastructure', NULL, 'Escalation for everything.', 1);
INSERT INTO public.contact (id, kind, name, name_key, team_id, notes, version) VALUES (2, 'person', 'Renée Dupré', 'renée dupré', 1, '', 1);
INSERT INTO public.contact (id, kind, name, name_key, team_id, notes, version) VALUES (3, 'person', 'Ola Nordmann', 'ola nordmann', NULL, '', 1);
INSERT INTO public.contact (id, kind, name, name_key, team_id, notes, version) VALUES (4, 'mailing_list', 'infra@', 'infra@', NULL, '', 1);

INSERT INTO public.contact_address (id, contact_id, kind, value, label, "position") VALUES (1, 2, 'email', 'renee@acme.example', 'work', 0);
INSERT INTO public.contact_address (id, contact_id, kind, value, label, "position") VALUES (2, 2, 'irc', 'renee on Libera', '', 1);
INSERT INTO public.contact_address (id, contact_id, kind, value, label, "position") VALUES (3, 4, 'email', 'infra@acme.example', '', 0);

INSERT INTO public.host (item_id, host_kind, hostname) VALUES (4, 'physical', 'kiwi.acme.example');
INSERT INTO public.host (item_id, host_kind, hostname) VALUES (5, 'vm', '');

INSERT INTO public.item (id, kind, name, name_key, parent_id, status, description, notes, version) VALUES (1, 'organisation', 'Acme', 'acme', NULL, 'active', '', '', 1);
INSERT INTO public.item (id, kind, name, name_key, parent_id, status, description, notes, version) VALUES (2, 'provider', 'Hetzner', 'hetzner', 1, 'active', 'Dedicated servers in Falkenstein.', '', 1);
INSERT INTO public.item (id, kind, name, name_key, parent_id, status, description, notes, version) VALUES (3, 'provider', 'Fastly', 'fastly', 1, 'active', '', '', 1);
INSERT INTO public.item (id, kind, name, name_key, parent_id, status, description, notes, version) VALUES (4, 'host', 'kiwi', 'kiwi', 2, 'active', '', '', 1);
INSERT INTO public.item (id, kind, name, name_key, parent_id, status, description, notes, version) VALUES (5, 'host', 'a Hetzner VM', 'a hetzner vm', 2, 'needs-move', '', 'Off by the end of the year.', 1);
INSERT INTO public.item (id, kind, name, name_key, parent_id, status, description, notes, version) VALUES (6, 'service', 'Wiki', 'wiki', 4, 'active', '', 'Ask Renée first.', 1);
INSERT INTO public.item (id, kind, name, name_key, parent_id, status, description, notes, version) VALUES (7, 'service', 'Café board', 'café board', 5, 'legacy', '', '', 1);
INSERT INTO public.item (id, kind, name, name_key, parent_id, status, description, notes, version) VALUES (8, 'service', 'Status page', 'status page', 3, 'active', 'Served by the CDN alone.', '', 1);

INSERT INTO public.item_link (id, from_item, to_item, kind, note) VALUES (1, 6, 3, 'fronted_by', 'through the CDN');

INSERT INTO public.provider (item_id, provider_kind, full_name, website, location, config_tool, config_tool_url, config_repo) VALUES (2, 'hardware', 'Hetzner Online GmbH', 'https://www.hetzner.com', 'Falkenstein', 'Salt', 'https://saltproject.io', 'https://git.acme.example/salt');
INSERT INTO public.provider (item_id, provider_kind, full_name, website, location, config_tool, config_tool_url, config_repo) VALUES (3, 'cdn', '', '', '', '', '', '');

INSERT INTO public.role_def (role, review_days) VALUES ('owner', 180);
INSERT INTO public.role_def (role, review_days) VALUES ('maintainer', 180);
INSERT INTO public.role_def (role, review_days) VALUES ('contact', 365);
INSERT INTO public.role_def (role, review_days) VALUES ('escalation', 90);
INSERT INTO public.role_def (role, review_days) VALUES ('sponsor', 365);

INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (1099511627808, 1, 1, 'name', 'Acme', 'acme');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (2199023255616, 2, 2, 'name', 'Hetzner', 'hetzner');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (2199023255617, 2, 2, 'description', 'Dedicated servers in Falkenstein.', 'dedicated servers in falkenstein.');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (2199023255621, 2, 2, 'full_name', 'Hetzner Online GmbH', 'hetzner online gmbh');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (2199023255622, 2, 2, 'website', 'https://www.hetzner.com', 'https://www.hetzner.com');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (2199023255623, 2, 2, 'location', 'Falkenstein', 'falkenstein');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (2199023255624, 2, 2, 'config_tool', 'Salt', 'salt');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (2199023255625, 2, 2, 'config_tool_url', 'https://saltproject.io', 'https://saltproject.io');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (2199023255626, 2, 2, 'config_repo', 'https://git.acme.example/salt', 'https://git.acme.example/salt');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (2199023255648, 2, 3, 'name', 'Fastly', 'fastly');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (3298534883456, 3, 4, 'name', 'kiwi', 'kiwi');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (3298534883467, 3, 4, 'hostname', 'kiwi.acme.example', 'kiwi.acme.example');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (3298534883488, 3, 5, 'name', 'a Hetzner VM', 'a hetzner vm');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (3298534883490, 3, 5, 'notes', 'Off by the end of the year.', 'off by the end of the year.');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (4398046511296, 4, 6, 'name', 'Wiki', 'wiki');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (4398046511298, 4, 6, 'notes', 'Ask Renée first.', 'ask renee first.');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (4398046511299, 4, 6, 'url', 'https://wiki.acme.example/', 'https://wiki.acme.example/');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (4398046511300, 4, 6, 'source_url', 'https://git.acme.example/wiki', 'https://git.acme.example/wiki');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (4398046511328, 4, 7, 'name', 'Café board', 'cafe board');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (4398046511331, 4, 7, 'url', 'https://cafe.acme.example/', 'https://cafe.acme.example/');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (4398046511360, 4, 8, 'name', 'Status page', 'status page');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (4398046511361, 4, 8, 'description', 'Served by the CDN alone.', 'served by the cdn alone.');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (5497558138912, 5, 1, 'name', 'Infrastructure', 'infrastructure');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (5497558138914, 5, 1, 'notes', 'Escalation for everything.', 'escalation for everything.');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (5497558138944, 5, 2, 'name', 'Renée Dupré', 'renee dupre');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (5497558138976, 5, 3, 'name', 'Ola Nordmann', 'ola nordmann');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (5497558139008, 5, 4, 'name', 'infra@', 'infra@');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (5497558138928, 5, 2, 'email', 'renee@acme.example', 'renee@acme.example');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (5497558138960, 5, 2, 'irc', 'renee on Libera', 'renee on libera');
INSERT INTO public.search_doc (id, grp, target_id, field, text, folded) VALUES (5497558138992, 5, 4, 'email', 'infra@acme.example', 'infra@acme.example');

INSERT INTO public.service (item_id, url, source_url) VALUES (6, 'https://wiki.acme.example/', 'https://git.acme.example/wiki');
INSERT INTO public.service (item_id, url, source_url) VALUES (7, 'https://cafe.acme.example/', '');
INSERT INTO public.service (item_id, url, source_url) VALUES (8, '', '');

INSERT INTO public.steward_meta (key, value) VALUES ('schema_version', '8');
INSERT INTO public.steward_meta (key, value) VALUES ('application_id', '1398036292');

INSERT INTO public.team_member (team_id, member_id, role, note, "position") VALUES (1, 2, 'lead', 'on call Mondays', 0);
INSERT INTO public.team_member (team_id, member_id, role, note, "position") VALUES (1, 3, 'member', '', 1);

SELECT pg_catalog.setval('public.assignment_id_seq', 4, true);

SELECT pg_catalog.setval('public.change_batch_id_seq', 2, true);

SELECT pg_catalog.setval('public.change_log_id_seq', 2, true);

SELECT pg_catalog.setval('public.contact_address_id_seq', 3, true);

SELECT pg_catalog.setval('public.contact_id_seq', 4, true);

SELECT pg_catalog.setval('public.item_id_seq', 8, true);

SELECT pg_catalog.setval('public.item_link_id_seq', 1, true);

ALTER TABLE ONLY public.also_runs_on
    ADD CONSTRAINT also_runs_on_pkey PRIMARY KEY (service_id, host_id);

ALTER TABLE ONLY public.assignment
    ADD CONSTRAINT assignment_item_id_contact_id_role_key UNIQUE (item_id, contact_id, role);

ALTER TABLE ONLY public.assignment
    ADD CONSTRAINT assignment_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.change_batch
    ADD CONSTRAINT change_batch_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.change_log
    ADD CONSTRAINT change_log_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.contact_address
    ADD CONSTRAINT contact_address_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.contact
    ADD CONSTRAINT contact_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.contact_tag
    ADD CONSTRAINT contact_tag_pkey PRIMARY KEY (contact_id, tag);

ALTER TABLE ONLY public.host
    ADD CONSTRAINT host_pkey PRIMARY KEY (item_id);

ALTER TABLE ONLY public.item_alias
    ADD CONSTRAINT item_alias_pkey PRIMARY KEY (item_id, alias_key);

ALTER TABLE ONLY public.item_link
    ADD CONSTRAINT item_link_from_item_to_item_kind_key UNIQUE (from_item, to_item, kind);

ALTER TABLE ONLY public.item_link
    ADD CONSTRAINT item_link_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.item
    ADD CONSTRAINT item_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.item_tag
    ADD CONSTRAINT item_tag_pkey PRIMARY KEY (item_id, tag);

ALTER TABLE ONLY public.link_type
    ADD CONSTRAINT link_type_pkey PRIMARY KEY (key);

ALTER TABLE ONLY public.provider
    ADD CONSTRAINT provider_pkey PRIMARY KEY (item_id);

ALTER TABLE ONLY public.role_def
    ADD CONSTRAINT role_def_pkey PRIMARY KEY (role);

ALTER TABLE ONLY public.search_doc
    ADD CONSTRAINT search_doc_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.service
    ADD CONSTRAINT service_pkey PRIMARY KEY (item_id);

ALTER TABLE ONLY public.status_def
    ADD CONSTRAINT status_def_pkey PRIMARY KEY (name);

ALTER TABLE ONLY public.steward_meta
    ADD CONSTRAINT steward_meta_pkey PRIMARY KEY (key);

ALTER TABLE ONLY public.team_member
    ADD CONSTRAINT team_member_pkey PRIMARY KEY (team_id, member_id);

CREATE INDEX also_runs_on_host ON public.also_runs_on USING btree (host_id);

CREATE INDEX assignment_contact ON public.assignment USING btree (contact_id);

CREATE INDEX assignment_valid_until ON public.assignment USING btree (valid_until);

CREATE INDEX change_log_batch ON public.change_log USING btree (batch_id);

CREATE INDEX change_log_item ON public.change_log USING btree (item_id);

CREATE INDEX contact_address_contact ON public.contact_address USING btree (contact_id);

CREATE UNIQUE INDEX contact_name_key ON public.contact USING btree (name_key);

CREATE INDEX contact_tag_tag ON public.contact_tag USING btree (tag);

CREATE INDEX contact_team ON public.contact USING btree (team_id);

CREATE UNIQUE INDEX item_alias_key_kind ON public.item_alias USING btree (alias_key, kind);

CREATE INDEX item_link_to ON public.item_link USING btree (to_item);

CREATE UNIQUE INDEX item_name_key_kind ON public.item USING btree (name_key, kind);

CREATE INDEX item_parent ON public.item USING btree (parent_id);

CREATE INDEX item_tag_tag ON public.item_tag USING btree (tag);

CREATE INDEX search_doc_folded ON public.search_doc USING gin (folded public.gin_trgm_ops);

CREATE INDEX team_member_member ON public.team_member USING btree (member_id);

CREATE TRIGGER assignment_id BEFORE INSERT ON public.assignment FOR EACH ROW EXECUTE FUNCTION public.steward_assign_id('assignment_id_seq');

CREATE TRIGGER change_batch_append_only BEFORE DELETE OR UPDATE ON public.change_batch FOR EACH ROW EXECUTE FUNCTION public.steward_history_append_only();

CREATE TRIGGER change_batch_id BEFORE INSERT ON public.change_batch FOR EACH ROW EXECUTE FUNCTION public.steward_assign_id('change_batch_id_seq');

CREATE TRIGGER change_batch_no_truncate BEFORE TRUNCATE ON public.change_batch FOR EACH STATEMENT EXECUTE FUNCTION public.steward_history_append_only();

CREATE TRIGGER change_batch_stamp BEFORE INSERT ON public.change_batch FOR EACH ROW EXECUTE FUNCTION public.steward_history_stamp();

CREATE TRIGGER change_log_append_only BEFORE DELETE OR UPDATE ON public.change_log FOR EACH ROW EXECUTE FUNCTION public.steward_history_append_only();

CREATE TRIGGER change_log_id BEFORE INSERT ON public.change_log FOR EACH ROW EXECUTE FUNCTION public.steward_assign_id('change_log_id_seq');

CREATE TRIGGER change_log_no_truncate BEFORE TRUNCATE ON public.change_log FOR EACH STATEMENT EXECUTE FUNCTION public.steward_history_append_only();

CREATE TRIGGER change_log_own_batch AFTER INSERT ON public.change_log REFERENCING NEW TABLE AS steward_added_changes FOR EACH STATEMENT EXECUTE FUNCTION public.steward_history_own_batch();

CREATE TRIGGER contact_address_id BEFORE INSERT ON public.contact_address FOR EACH ROW EXECUTE FUNCTION public.steward_assign_id('contact_address_id_seq');

CREATE TRIGGER contact_id BEFORE INSERT ON public.contact FOR EACH ROW EXECUTE FUNCTION public.steward_assign_id('contact_id_seq');

CREATE TRIGGER item_id BEFORE INSERT ON public.item FOR EACH ROW EXECUTE FUNCTION public.steward_assign_id('item_id_seq');

CREATE TRIGGER item_link_id BEFORE INSERT ON public.item_link FOR EACH ROW EXECUTE FUNCTION public.steward_assign_id('item_link_id_seq');

CREATE TRIGGER search_contact AFTER INSERT OR DELETE OR UPDATE ON public.contact FOR EACH ROW EXECUTE FUNCTION public.steward_search_contact();

CREATE TRIGGER search_contact_address AFTER INSERT OR DELETE OR UPDATE ON public.contact_address FOR EACH ROW EXECUTE FUNCTION public.steward_search_contact_address();

CREATE TRIGGER search_contact_tag_delete AFTER DELETE ON public.contact_tag REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.steward_search_contact_tag();

CREATE TRIGGER search_contact_tag_insert AFTER INSERT ON public.contact_tag REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.steward_search_contact_tag();

CREATE TRIGGER search_contact_tag_update AFTER UPDATE ON public.contact_tag REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.steward_search_contact_tag();

CREATE TRIGGER search_host AFTER INSERT OR DELETE OR UPDATE ON public.host FOR EACH ROW EXECUTE FUNCTION public.steward_search_host();

CREATE TRIGGER search_item AFTER INSERT OR DELETE OR UPDATE ON public.item FOR EACH ROW EXECUTE FUNCTION public.steward_search_item();

CREATE TRIGGER search_item_alias_delete AFTER DELETE ON public.item_alias REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.steward_search_item_alias();

CREATE TRIGGER search_item_alias_insert AFTER INSERT ON public.item_alias REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.steward_search_item_alias();

CREATE TRIGGER search_item_alias_update AFTER UPDATE ON public.item_alias REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.steward_search_item_alias();

CREATE TRIGGER search_item_tag_delete AFTER DELETE ON public.item_tag REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.steward_search_item_tag();

CREATE TRIGGER search_item_tag_insert AFTER INSERT ON public.item_tag REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.steward_search_item_tag();

CREATE TRIGGER search_item_tag_update AFTER UPDATE ON public.item_tag REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.steward_search_item_tag();

CREATE TRIGGER search_provider AFTER INSERT OR DELETE OR UPDATE ON public.provider FOR EACH ROW EXECUTE FUNCTION public.steward_search_provider();

CREATE TRIGGER search_service AFTER INSERT OR DELETE OR UPDATE ON public.service FOR EACH ROW EXECUTE FUNCTION public.steward_search_service();

ALTER TABLE ONLY public.also_runs_on
    ADD CONSTRAINT also_runs_on_host_id_fkey FOREIGN KEY (host_id) REFERENCES public.item(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.also_runs_on
    ADD CONSTRAINT also_runs_on_service_id_fkey FOREIGN KEY (service_id) REFERENCES public.item(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.assignment
    ADD CONSTRAINT assignment_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES public.contact(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.assignment
    ADD CONSTRAINT assignment_item_id_fkey FOREIGN KEY (item_id) REFERENCES public.item(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.change_log
    ADD CONSTRAINT change_log_batch_id_fkey FOREIGN KEY (batch_id) REFERENCES public.change_batch(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.contact_address
    ADD CONSTRAINT contact_address_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES public.contact(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.contact_tag
    ADD CONSTRAINT contact_tag_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES public.contact(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.contact
    ADD CONSTRAINT contact_team_id_fkey FOREIGN KEY (team_id) REFERENCES public.contact(id) ON DELETE SET NULL;

ALTER TABLE ONLY public.host
    ADD CONSTRAINT host_item_id_fkey FOREIGN KEY (item_id) REFERENCES public.item(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.item_alias
    ADD CONSTRAINT item_alias_item_id_fkey FOREIGN KEY (item_id) REFERENCES public.item(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.item_link
    ADD CONSTRAINT item_link_from_item_fkey FOREIGN KEY (from_item) REFERENCES public.item(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.item_link
    ADD CONSTRAINT item_link_to_item_fkey FOREIGN KEY (to_item) REFERENCES public.item(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.item
    ADD CONSTRAINT item_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.item(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.item_tag
    ADD CONSTRAINT item_tag_item_id_fkey FOREIGN KEY (item_id) REFERENCES public.item(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.provider
    ADD CONSTRAINT provider_item_id_fkey FOREIGN KEY (item_id) REFERENCES public.item(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.service
    ADD CONSTRAINT service_item_id_fkey FOREIGN KEY (item_id) REFERENCES public.item(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.team_member
    ADD CONSTRAINT team_member_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.contact(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.team_member
    ADD CONSTRAINT team_member_team_id_fkey FOREIGN KEY (team_id) REFERENCES public.contact(id) ON DELETE CASCADE;
