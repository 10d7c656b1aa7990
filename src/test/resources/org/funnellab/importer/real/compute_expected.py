#!/usr/bin/env python3
"""Independent expected figures for the real/replica CRM exports in this folder.

Reads every file listed in FILES, prints the expected.json content (a JSON list) to stdout.
Usage:  python3 compute_expected.py > expected.json

Conventions (the same for every file):
- rows      = data rows (records) after the header; footer/junk rows, if a file has any, are listed in `junk`
              and not counted.
- won/lost/open by the CRM's own meaning of its stage/status columns (see each file's `status` rule).
- winRate   = won / (won + lost), 4 decimals (None if won + lost == 0).
- wonRevenue = exact decimal sum of the amount of WON rows; an empty amount counts as 0 (counted in notes).
- sales cycle = closed_date - created_date in whole calendar days, where each date is the calendar date
  AS WRITTEN in the file (the local offset of a timestamp is kept, no timezone conversion; the time of day is
  dropped). Only WON rows with both dates. Negative cycles (close before create) are EXCLUDED from
  meanCycleDays/medianCycleDays and counted in negativeCycles; meanCycleDaysAll/medianCycleDaysAll include them.
  mean is rounded to 2 decimals; median of an even count is the mean of the two middle values.
- channels  = number of distinct non-empty values of the channel/source column (exact string match,
  no trimming or case folding); `channelValues` lists them with counts.
"""
import csv, json, io, statistics, re, sys, os
from decimal import Decimal, ROUND_HALF_UP
from datetime import date, datetime
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

def d_iso(s):            # 2024-01-22T16:14:25.000+0000 / 2020-09-10T09:20:25+03:00 / 2023-06-17 / 2017-10-20
    s = s.strip()
    if not s: return None
    return date(int(s[0:4]), int(s[5:7]), int(s[8:10]))

def d_us_short(s):       # M/d/yy or MM/dd/yy (Salesforce report, en_US)
    s = s.strip()
    if not s: return None
    m, d, y = s.split(' ')[0].split('/')
    y = int(y); y = y + 2000 if y < 100 else y
    return date(y, int(m), int(d))

def d_ru(s):             # dd.MM.yyyy[ HH:mm[:ss]]
    s = s.strip()
    if not s: return None
    dd, mm, yy = s.split(' ')[0].split('.')
    return date(int(yy), int(mm), int(dd))

def money_plain(s):      # 1124741.15 / 2900000.00 / '' ; no thousands separators
    s = s.strip()
    return Decimal(s) if s else None

def money_ru(s):         # '150 000,50' / '150 000' (nbsp or space thousands, comma decimal)
    s = s.replace('\u00a0', '').replace(' ', '').replace(',', '.').strip()
    return Decimal(s) if s else None

# ---------------------------------------------------------------- per-file rules
def sf_status(r):        # Salesforce: IsClosed/IsWon flags ('1'/'' in this Data Loader export) + StageName
    won = r['IsWon'] in ('1', 'true', 'True', 'TRUE') or r['StageName'] == 'Closed Won'
    closed = r['IsClosed'] in ('1', 'true', 'True', 'TRUE') or r['StageName'] in ('Closed Won', 'Closed Lost')
    return 'WON' if won else ('LOST' if closed else 'OPEN')

B24_WON = {'Выдано', 'C6:WON', 'C2:WON'}
def b24_status(r):       # Bitrix24: CLOSED=Y|N is the portal's own "final stage" flag; WON stage of each pipeline
    if r['STAGE_ID'] in B24_WON or r['STAGE_ID'].endswith(':WON') or r['STAGE_ID'] == 'WON': return 'WON'
    return 'LOST' if r['CLOSED'] == 'Y' else 'OPEN'

FILES = [
  dict(file='salesforce-opportunities-sfdc-data-cloud-workshop.csv', crm='salesforce',
       source='https://github.com/SFDC-Assets/data-cloud-workshop/blob/b352a3f/data/Opportunity.csv',
       licence='BSD-3-Clause (Copyright (c) 2020, Salesforce.com, Inc.; LICENSE.txt of the repository)',
       copied='copied (byte-exact, complete file: 50 rows)',
       encoding='utf-8-sig', delimiter=',', id='Id', created='CreatedDate', closed='CloseDate', created_parse=d_iso,
       closed_parse=d_iso, stage='StageName', amount='Amount', amount_parse=money_plain, channel='LeadSource',
       owner='OwnerId', status=sf_status,
       dateFormat="CreatedDate ISO-8601 UTC 'yyyy-MM-ddTHH:mm:ss.SSS+0000'; CloseDate 'yyyy-MM-dd'",
       notes=["UTF-8 with BOM; comma-separated; LF line ends; names containing commas are double-quoted.",
              "Salesforce Data Loader/Workbench style full-object export (API field names as header).",
              "IsClosed/IsWon are '1' or EMPTY (not true/false): an importer expecting booleans must treat empty as false.",
              "Every row has the same CreatedDate (2024-01-22T16:14:25.000+0000, the bulk-load time) while CloseDate of the 12 won deals is in 2023: all 12 won cycles are NEGATIVE, so meanCycleDays/medianCycleDays are null (no non-negative cycle) and the *All variants are negative.",
              "LeadSource is empty on all 50 rows: channels = 0; a per-channel view must show one '(none)' bucket, not drop the rows.",
              "Single owner (OwnerId 005Ec000004oBPNIA2, a user id, not a name).",
              "Open stages: Qualification, Discovery, Proposal/Quote, Negotiation (ForecastCategory Pipeline/BestCase); lost: Closed Lost (ForecastCategory Omitted).",
              "Probability is 0 on some open Negotiation/Proposal rows: not a status signal."]),
  dict(file='bitrix24-deals-ctrl-lc-replica.csv', crm='bitrix24',
       source='https://github.com/ctrl-lc/ctrl_bitrix/blob/e62dc04/deals.csv (real REST export of a Russian truck-leasing portal, 7,602 deals, 2.9 MB)',
       licence='none stated in the repository (all rights reserved by default); the file also holds personal data',
       copied='replica: anonymised, trimmed derivative of the real export (936 of 7,602 rows, original row order kept); see README',
       encoding='utf-8', delimiter=',', id='ID', created='DATE_CREATE', closed='CLOSEDATE', created_parse=d_iso,
       closed_parse=d_iso, stage='STAGE_ID', amount='OPPORTUNITY', amount_parse=money_plain, channel='SOURCE_ID',
       owner='ASSIGNED_BY_ID', status=b24_status,
       dateFormat="ISO-8601 with +03:00 offset 'yyyy-MM-ddTHH:mm:ss+03:00' (BEGINDATE/CLOSEDATE are always T03:00:00+03:00 = midnight UTC shown in Moscow time)",
       notes=["UTF-8 without BOM, comma-separated, LF, RFC-4180 quoting (doubled quotes inside titles).",
              "REST field codes as header (ID, STAGE_ID, OPPORTUNITY, DATE_CREATE, CLOSEDATE, SOURCE_ID...) but the exporter resolved main-pipeline stage ids to their RUSSIAN NAMES ('Сделка провалена', 'Выдано', 'Отложенные', 'Дозвониться'...) while the two other pipelines keep raw codes with category prefixes ('C6:WON', 'C6:LOSE', 'C6:APOLOGY', 'C2:LOSE', 'C2:3', 'C6:PREPAYMENT_INVOICE').",
              "Status rule: WON = 'Выдано' (\"issued\", the main pipeline's success stage) or '<Cn>:WON'; LOST = every other row with CLOSED='Y' ('Сделка провалена', 'Отложенные' = postponed but CLOSED=Y, 'C6:LOSE', 'C6:APOLOGY', 'C2:LOSE', and one 'C2:2' custom final stage); OPEN = CLOSED='N'.",
              "'Отложенные' (postponed) is a closed failure stage in this portal (CLOSED=Y): a preset that maps it to OPEN will get open/lost wrong by that count.",
              "ASSIGNED_BY_ID holds manager SURNAMES (pseudonyms in the replica), not numeric ids.",
              "SOURCE_ID mixes standard codes (WEB, CALL, CALLBACK, EMAIL, RECOMMENDATION, PARTNER, OTHER), numeric custom source ids ('3','4','5','6','7') and open-line connector ids ('2|WZ_WHATSAPP_<hash>', '2|AVITO', 'WZ<uuid>', 'WAZZUP'); some rows have an EMPTY SOURCE_ID.",
              "UTM_SOURCE is a second channel candidate (yandex, yadirect, google_ads, ati, leadrecord...), empty on many rows.",
              "OPPORTUNITY is '0.00' on most lost rows and on some WON rows (e.g. all 9 'C6:WON' are 0.00) and EMPTY on one WON row (id 712): revenue must not reject them.",
              "Open deals of pipeline C6 often have an EMPTY CLOSEDATE; open main-pipeline deals carry a planned CLOSEDATE (not a close): closed_at must only be taken for WON/LOST.",
              "Deals re-created 'из отложенных' (from postponed) have DATE_CREATE later than BEGINDATE (e.g. BEGINDATE 2020-02-20, DATE_CREATE 2020-05-20): the cycle differs by the chosen created column; expected figures use DATE_CREATE. No CLOSEDATE < DATE_CREATE in this file.",
              "UF_CRM_1579180371132 is the loss reason (free text; vocabulary like 'недозвон', 'дубль', 'физ лицо', 'Нецелевой', 'не актуально', 'отказ СБ'), UF_CRM_5E20307D5B33E the web form name.",
              "Anonymised: TITLE, ASSIGNED_BY_ID, phone numbers, landing-page/portal domains and non-generic loss-reason texts were replaced; ids, stages, flags, dates, amounts, sources and UTM values are the real ones."]),
]

def q2(x):
    return float(Decimal(str(x)).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))

def maven_status(r):     # Maven CRM Sales Opportunities: deal_stage Won / Lost / Engaging / Prospecting
    return {'Won': 'WON', 'Lost': 'LOST'}.get(r['deal_stage'], 'OPEN')

FILES += [
  dict(file='salesforce-opportunities-winkel-latam-replica-cp1252.csv', crm='salesforce',
       source='https://github.com/WinkelDev/Salesforce-Data-Changelog/blob/f6304e8/Opportunity.csv (full Opportunity object of a real Latin-American retail-media company\'s org, 512 rows, 313 KB, Windows-1252)',
       licence='none stated in the repository (all rights reserved by default); real company data',
       copied='replica: anonymised derivative (496 of 512 rows: 16 Closed Lost rows dropped from the end to stay under 300 KB); see README',
       encoding='cp1252', delimiter=',', id='Id', created='CreatedDate', closed='CloseDate', created_parse=d_iso,
       closed_parse=d_iso, stage='StageName', amount='Amount', amount_parse=money_plain, channel='LeadSource',
       owner='OwnerId', status=sf_status, currency='CurrencyIsoCode',
       dateFormat="'yyyy-MM-dd HH:mm:ss' everywhere (CreatedDate with time, CloseDate always ' 00:00:00'); no offset (Data Loader writes GMT)",
       notes=["Encoding Windows-1252 (NOT UTF-8): 'Gestión directa', 'Negociación', 'Presentación Propuesta', 'Diseño Propuesta' contain single bytes 0xF3/0xF1; decoding as UTF-8 fails at the first such byte.",
              "Every field double-quoted (Data Loader style), LF line ends, no BOM, 55 columns including custom __c fields.",
              "Stage names are Spanish for the open stages ('Interes', 'Diseño Propuesta', 'Presentación Propuesta', 'Negociación', 'Firmas') but English 'Closed Won'/'Closed Lost'; IsClosed/IsWon are '0'/'1' and agree with the stage on every row.",
              "MULTI-CURRENCY: CurrencyIsoCode MXN, COP, USD, PEN on the same file; wonRevenue is the plain sum across currencies (meaningless as money, given for parser checks) and wonRevenueByCurrency splits it; a correct import must keep the currency per row or convert.",
              "Amounts have up to 4 decimals ('9225.225', '312124.8') and COP amounts are large (146000000).",
              "LeadSource (channel) is empty on most rows; values 'Gestión directa', 'Socios', 'Otros'. Channel__c ('Directo'/'Indirecto') is a second channel candidate, filled on every row.",
              "Loss reason in LossReason__c (English picklist: 'No Decision / Non-Responsive', 'No Budget / Lost Funding', 'Lost to Competitor', 'Other'); Loss_Reason__c is an unused duplicate field (always empty).",
              "Placeholder values kept: Description/NextStep 'TBD'; lookup ids '000000000000000AAA' (Salesforce's null id) in CampaignId, Territory2Id, ContactId.",
              "Owner is OwnerId (user id, 8 distinct).",
              "Anonymised: opportunity Name (client names -> 'ClienteNNN', the country prefix kept), Description, NextStep, ForecastComments__c, ClosingPlan__c (free text -> generic Spanish text, rich-text HTML style kept). Ids, stages, flags, dates, amounts, currencies, sources, channels, loss reasons are the real ones."]),
  dict(file='generic-crm-sales-pipeline-maven-replica.csv', crm='generic',
       source='Maven Analytics Data Playground, "CRM Sales Opportunities" (sales_pipeline.csv, 8,800 rows); as redistributed e.g. in https://github.com/kisaraF/CRM-Sales_Analysis/blob/c4272e3/Other/CRM+Sales+Opportunities.zip',
       licence='Maven Analytics Data Playground terms (the copies found carry no licence text; not verifiable offline) -> not copied',
       copied='replica: seeded synthetic rows (1,500) drawn from the original columns\' value vocabularies and distributions; no original row copied',
       encoding='utf-8', delimiter=',', id='opportunity_id', created='engage_date', closed='close_date', created_parse=d_iso,
       closed_parse=d_iso, stage='deal_stage', amount='close_value', amount_parse=money_plain, channel=None,
       owner='sales_agent', status=maven_status,
       dateFormat="'yyyy-MM-dd' (the original Maven file; copies re-saved by Excel in repositories use 'M/d/yyyy')",
       notes=["UTF-8 without BOM, comma-separated, CRLF line ends (as the original).",
              "No source/channel column at all: channels = 0; every lead is channel-unknown.",
              "deal_stage: Won / Lost / Engaging / Prospecting (Engaging and Prospecting are OPEN).",
              "Prospecting rows have EMPTY engage_date, close_date and close_value; Engaging rows have engage_date only; many open rows have an EMPTY account.",
              "Lost rows have close_value '0' (not empty): average deal value must use WON rows only.",
              "created date = engage_date (the only start date); there is no separate creation timestamp.",
              "Product 'GTXPro' in the pipeline file vs 'GTX Pro' in the original products.csv (join quirk kept).",
              "owner = sales_agent (full name); manager/regional office only in the original sales_teams.csv (not included)."]),
]

FILES += [
  dict(file='salesforce-opportunity-excel-resaved-us-dates-replica.csv', crm='salesforce',
       source='https://github.com/earthfink1982/salesforce-in-powerbi/blob/7a2b84b/data/Opportunity.csv (Opportunity export of a Salesforce Developer Edition org with its standard sample data, re-saved through Excel, plus two columns simulated by the author)',
       licence='none stated in the repository (all rights reserved by default); sample records are Salesforce\'s DE-org sample data',
       copied='replica: synthetic rows (35) with the exact header, formats, flag spelling, stage/LeadSource vocabulary and the same structural quirks; names, ids, amounts invented',
       encoding='utf-8', delimiter=',', id='Id', created='CreatedDate', closed='CloseDate', created_parse=d_us_short,
       closed_parse=d_us_short, stage='StageName', amount='Amount', amount_parse=money_plain, channel='LeadSource',
       owner=None, status=sf_status,
       alt=dict(created='Opp Creation Date_Simulated', closed='Opp Close Date_Simulated', parse=d_us_short),
       dateFormat="US short dates 'MM/dd/yy' (two-digit year) for dates, 'MM/dd/yy hh:mm AM/PM' for LastModifiedDate (Excel re-save of a Salesforce export)",
       notes=["UTF-8 without BOM, LF, minimal quoting; the Excel re-save turned booleans into TRUE/FALSE and dates into MM/dd/yy with a 2-digit year: '02/03/24' is 3 Feb 2024 (not 2 Mar), resolvable only from the whole column (values like '03/19/24', '02/29/24').",
              "CreatedDate is the org-load date (02/23/26 or 02/24/26) for every row while CloseDate of the sample deals is 02/03/24: all won cycles on CreatedDate->CloseDate are NEGATIVE (meanCycleDays null). The author's 'Opp Creation Date_Simulated' -> 'Opp Close Date_Simulated' give positive cycles: see altCycle.",
              "Five hand-made rows at the end: empty Amount/ExpectedRevenue, name ending in '-', CloseDate in 2026, empty simulated columns; two of them are Closed Lost (IsClosed TRUE, IsWon FALSE).",
              "No owner column; LeadSource (standard picklist values: Web, Phone Inquiry, Partner, Trade Show, Word of mouth, External Referral, Employee Referral, Public Relations, Purchased List) is empty on several rows.",
              "Standard Salesforce sales-process stages: Prospecting, Qualification, Needs Analysis, Value Proposition, Id. Decision Makers, Perception Analysis, Proposal/Price Quote, Negotiation/Review, Closed Won, Closed Lost."]),
]

def compute(cfg):
    path = os.path.join(HERE, cfg['file'])
    text = open(path, encoding=cfg['encoding'], newline='').read()
    rows = list(csv.DictReader(io.StringIO(text), delimiter=cfg['delimiter']))
    junk = []
    if cfg.get('is_junk'):
        junk = [r for r in rows if cfg['is_junk'](r)]
        rows = [r for r in rows if not cfg['is_junk'](r)]
    st = Counter(); rev = Decimal(0); revcur = Counter(); cyc = []; empty_amount_won = 0; won_no_dates = 0
    for r in rows:
        s = cfg['status'](r); st[s] += 1
        if s == 'WON':
            a = cfg['amount_parse'](r[cfg['amount']])
            if a is None: empty_amount_won += 1
            else:
                rev += a
                if cfg.get('currency'): revcur[r[cfg['currency']]] += a
            c0 = cfg['created_parse'](r[cfg['created']]); c1 = cfg['closed_parse'](r[cfg['closed']])
            if c0 and c1: cyc.append((c1 - c0).days)
            else: won_no_dates += 1
    pos = [c for c in cyc if c >= 0]
    alt = None
    if cfg.get('alt'):
        a = cfg['alt']; ac = []
        for r in rows:
            if cfg['status'](r) == 'WON':
                c0 = a['parse'](r[a['created']]); c1 = a['parse'](r[a['closed']])
                if c0 and c1: ac.append((c1 - c0).days)
        ap = [c for c in ac if c >= 0]
        alt = dict(created=a['created'], closed=a['closed'], wonWithCycle=len(ac), negativeCycles=len(ac) - len(ap),
                   meanCycleDays=q2(statistics.mean(ap)) if ap else None, medianCycleDays=statistics.median(ap) if ap else None)
    ch = Counter(r[cfg['channel']] for r in rows) if cfg.get('channel') else Counter()
    won, lost = st['WON'], st['LOST']
    ids = [r[cfg['id']] for r in rows]
    out = dict(file=cfg['file'], crm=cfg['crm'], source_url_or_repo_path=cfg['source'], licence=cfg['licence'],
               copied_or_replica=cfg['copied'], rows=len(rows), won=won, lost=lost, open=st['OPEN'],
               winRate=round(won / (won + lost), 4) if won + lost else None,
               wonRevenue=str(rev),
               wonRevenueByCurrency={k: str(v) for k, v in sorted(revcur.items())} if cfg.get('currency') else None,
               meanCycleDays=q2(statistics.mean(pos)) if pos else None,
               medianCycleDays=statistics.median(pos) if pos else None,
               negativeCycles=sum(1 for c in cyc if c < 0),
               meanCycleDaysAll=q2(statistics.mean(cyc)) if cyc else None,
               medianCycleDaysAll=statistics.median(cyc) if cyc else None,
               wonWithCycle=len(cyc), wonWithoutBothDates=won_no_dates, wonWithEmptyAmount=empty_amount_won,
               channels=len([k for k in ch if k != '']),
               channelValues=dict(sorted(((k if k != '' else '(empty)'), v) for k, v in ch.items())),
               rowsWithEmptyChannel=ch.get('', 0),
               distinctIds=len(set(ids)), stageValues=dict(Counter(r[cfg['stage']] for r in rows).most_common()),
               junkRowsExcluded=len(junk),
               altCycle=alt,
               dateFormat=cfg['dateFormat'], notes=cfg['notes'])
    return out

if __name__ == '__main__':
    res = [compute(c) for c in FILES]
    json.dump(res, sys.stdout, ensure_ascii=False, indent=2)
    print()
