#!/usr/bin/env python3
"""Builds corpus-generated.marked.txt: texts of two to five sentences that mix the clean
sentences of corpus-handwritten.marked.txt and extra_clean below with one or two sentences
carrying an identifier. Deterministic (seed 4). Names, numbers and addresses are made up for it."""
import random, re
rnd = random.Random(4)
hand = [l.rstrip('\n') for l in open('corpus-handwritten.marked.txt', encoding='utf-8') if l.strip() and not l.startswith('#')]
clean_lines = [l for l in hand if '⟦' not in l]
sentences = []
for l in clean_lines:
    sentences += [s for s in re.split(r'(?<=[.?!])\s+(?=[A-ZÅÄÖ])', l) if len(s) > 20]
extra_clean = """Per månad får hon cirka 9 000 kronor i ersättning.
Hans mamma har hjälpt till med ansökan.
Alla parter var med på mötet förra veckan.
Bo kvar i lägenheten är det hon önskar mest.
Klara mål behövs i planeringen.
Vilja finns, men orken räcker inte till.
Man behöver se över hela situationen.
Dag för dag byggs förtroendet upp, säger handläggaren.
Lönn, alm och hassel planterades vid boendet.
Björnen i Skansen-projektet var ett tema på dagverksamheten.
Malva, en vild blomma, växer vid boendet.
Viktor-dagen på skolan fungerade inte för ungdomen.
Eva-modellen används i kommunens kartläggning.
Maj och juni är lediga månader i planeringen.
Under våren deltog personen i en kurs på Lernia.
Efter mötet skickar vi en sammanfattning till alla parter.
Region Skåne och Kristianstads kommun har tecknat en överenskommelse om samverkan.
Östra Göinge kommun har en arbetsmarknadsenhet med praktikplatser.
Supported Employment är metoden som används.
Motivational Interviewing används i samtalen med deltagaren.
Samordningsförbundet Skåne Nordost finansierar insatsen.
Försäkringskassan gör en ny bedömning efter dag 365.
Arbetsförmedlingen och Försäkringskassan har gemensam kartläggning (GKF).
Personen har varit inskriven på Arbetsförmedlingen sedan 2021-09-01.
Ersättningen höjdes den 1 januari 2026 med 3,5 %.
Mötet flyttas från 12 mars till 19 mars kl. 9.00.
Vi ses på måndag kl. 13.30 i Hässleholm.
Kostnaden är 1 250 kr per timme och 12 500 kr för hela kartläggningen.
Hon har ett underskott på 2 345,50 kronor varje månad.
Årsinkomsten var 187 000 kr år 2024.
Hyran är 7 450 kr och elen kostar 600 kr.
Personen är mellan 30 och 40 år.
Hon är 45 år och har två barn på 10 och 12 år.
Han har arbetat 20 timmar i veckan, det vill säga 50 %.
Målgruppen är unga 16–29 år som varken arbetar eller studerar.
Enligt 28 kap. 7 § SFB ska arbetsförmågan bedömas.
Lagen (1993:387) om stöd och service till vissa funktionshindrade gäller.
Läs 11 kap. 1 § SoL och 4 kap. 1 § SoL tillsammans.
Föreskriften SOSFS 2014:5 reglerar dokumentationen.
Handläggningen följer 9 § förvaltningslagen.
Diagnoserna F41.1 och F60.3 finns i journalen.
ICD-koden Z73.0 anges i intyget.
Personen har ADHD, ASD och GAD.
Hon har fått en remiss till BUP och en till habiliteringen.
Vi använder KASAM och ASI i kartläggningen.
TUNA, SIP och FINSAM nämns i överenskommelsen.
SGI, SGA och SEM är begrepp som behöver förklaras.
LSS, LVM, LVU och LPT är lagar som kan bli aktuella.
Hon kommer från Syrien och talar arabiska och kurdiska.
Han kommer från Eritrea och talar tigrinja.
Familjen kommer från Bosnien och har bott i Sverige sedan 1994.
Deltagaren har bott i Polen, Tyskland och Norge.
Kristianstad, Hässleholm och Osby ingår i förbundet.
Han pendlar mellan Eda och Arvika.
Oskarshamn och Högsby delar på en samverkanskoordinator.
Oxelösund har ett eget arbetslag inom TUNA.
Perstorp kommun har erbjudit en praktikplats.
Kontoret ligger vid järnvägsstationen i Hässleholm.
Vuxenpsykiatrin i Kristianstad har lång väntetid.
Habiliteringen i Region Skåne erbjuder gruppbehandling.
Kommunens växel hänvisade till socialtjänstens mottagning.
Försäkringskassans kundcenter öppnar kl. 8.
Arbetsförmedlingens lokalkontor i Kristianstad har stängt.
Migrationsverket har inte meddelat något beslut än.
Kronofogden har beviljat skuldsanering.
Skatteverket har registrerat flytten.
Pensionsmyndigheten betalar ut bostadstillägg.
Ansökan skickades den 2025-11-03 och beslut kom 2026-01-15.
Vi har haft möten 3/2, 17/2 och 2/3.
Samverkansmötet hålls varannan torsdag kl. 14–16.
Ca 60 % av deltagarna gick vidare till arbete eller studier.
Sjukskrivningen är på 25, 50 eller 75 procent beroende på period.
Det handlar om 3–4 timmar per dag.
Projektet pågår 2024–2026 med en budget på 2 319 210 kr.
Deltagaren har haft 14 kontakter med vården under året.
EOF""".split('\n')
extra_clean = [s for s in extra_clean if s.strip()]
pool = sentences + extra_clean
firsts = ['Ahmed','Fatima','Mahmoud','Asha','Erik','Anna','Johan','Maria','Omar','Leila','Hodan','Abdi','Tesfalem','Semhar','Murat','Ayşe','Zlatan','Jelena','Katarzyna','Tomasz','Olena','Reza','Maryam','Parisa','Lars','Karin','Ulla','Nils','Astrid','Liam','Elsa','Hugo','Wilma','Filip','Ibrahim','Khadija','Yusuf','Hawa','Milan','Emina']
lasts = ['Gustafsson','Jama','Mohamed','Johansson','Ali','Karlsson','Nilsson','Ahmadi','Yilmaz','Kowalski','Marković','Tesfaye','Warsame','Lindberg','Berg','Ibrahim','Hosseini','Öztürk','Hodžić','Nguyen','Eriksson','Sandberg','Holmqvist','Larsson','Omar']
def pnr():
    y = rnd.randint(30, 99); m = rnd.randint(1, 12); d = rnd.randint(1, 28) + (60 if rnd.random() < 0.15 else 0)
    base = f'{y:02d}{m:02d}{d:02d}'; tail = f'{rnd.randint(0,9999):04d}'
    form = rnd.choice(['-', '', ' ', 'c', '+'])
    if form == 'c': return f'19{base}-{tail}'
    if form == '+': return f'{base}+{tail}' if y < 30 else f'{base}-{tail}'
    return f'{base}{form}{tail}'
def phone():
    return rnd.choice([
        lambda: f'07{rnd.choice("0236")}-{rnd.randint(100,999)} {rnd.randint(10,99)} {rnd.randint(10,99)}',
        lambda: f'07{rnd.choice("0236")} {rnd.randint(100,999)} {rnd.randint(10,99)} {rnd.randint(10,99)}',
        lambda: f'07{rnd.choice("0236")}{rnd.randint(1000000,9999999)}',
        lambda: f'+46 7{rnd.choice("0236")} {rnd.randint(100,999)} {rnd.randint(10,99)} {rnd.randint(10,99)}',
        lambda: f'+467{rnd.choice("0236")}{rnd.randint(1000000,9999999)}',
        lambda: f'08-{rnd.randint(100,999)} {rnd.randint(10,99)} {rnd.randint(10,99)}',
        lambda: f'0{rnd.choice(["44","40","31","451","479","570","491","13"])}-{rnd.randint(10,99)} {rnd.randint(10,99)} {rnd.randint(10,99)}',
        lambda: f'(0{rnd.choice(["44","40","31"])}) {rnd.randint(100,999)} {rnd.randint(10,99)}',
        lambda: f'0046 {rnd.choice(["70","72","73"])}-{rnd.randint(100,999)} {rnd.randint(1000,9999)}',
    ])()
def email(f, l):
    def a(s):
        return s.lower().translate(str.maketrans('åäöéşćžđ', 'aaoesczd'))
    return rnd.choice([f'{a(f)}.{a(l)}@gmail.com', f'{a(f)}{rnd.randint(70,99)}@hotmail.com', f'{a(f)[0]}.{a(l)}@{rnd.choice(["kristianstad.se","osby.se","skane.se","arbetsformedlingen.se"])}', f'{a(l)}.{a(f)}@outlook.com'])
streets = ['Mejerigatan','Sjövägen','Västra Vallgatan','Norregatan','Södra Kringelvägen','Tivoligatan','Ängsvägen','Lärkvägen','Skolgatan','Parkvägen','Industrigatan','Drottninggatan','Hässleholmsvägen','Vinkelgatan']
towns = [('281 43','Hässleholm'),('291 54','Kristianstad'),('283 32','Osby'),('289 33','Knislinge'),('671 31','Arvika'),('613 30','Oxelösund'),('572 31','Oskarshamn'),('295 35','Bromölla')]
months = ['januari','februari','mars','april','maj','juni','juli','augusti','september','oktober','november','december']
def birth():
    y = rnd.randint(1950, 2006); m = rnd.randint(1, 12); d = rnd.randint(1, 28)
    return rnd.choice([f'{d} {months[m-1]} {y}', f'{y}-{m:02d}-{d:02d}', f'{y}{m:02d}{d:02d}', f'{str(y)[2:]}{m:02d}{d:02d}'])
id_templates = [
    lambda: f'Klienten heter ⟦N:{rnd.choice(firsts)}⟧ och är {rnd.randint(20,64)} år.',
    lambda: f'⟦N:{rnd.choice(firsts)} {rnd.choice(lasts)}⟧ har bett om ett möte.',
    lambda: f'Kvinnan ⟦N:{rnd.choice(firsts)}⟧ vill ha stöd i kontakten med myndigheterna.',
    lambda: f'Vi har pratat med ⟦N:{rnd.choice(firsts)}⟧ om nästa steg.',
    lambda: f'Handläggare ⟦N:{rnd.choice(lasts)}⟧ återkommer med besked.',
    lambda: f'Personnummer: ⟦P:{pnr()}⟧.',
    lambda: f'Han har personnummer ⟦P:{pnr()}⟧ men det är felstavat i ansökan.',
    lambda: f'Ring ⟦T:{phone()}⟧ efter kl. 16.',
    lambda: f'Hon nås på ⟦T:{phone()}⟧.',
    lambda: (lambda f, l: f'Mejladressen är ⟦E:{email(f, l)}⟧.')(rnd.choice(firsts), rnd.choice(lasts)),
    lambda: f'Han bor på ⟦A:{rnd.choice(streets)} {rnd.randint(1,80)}{rnd.choice(["", "", " B", "A"])}⟧.',
    lambda: (lambda t: f'Adressen är ⟦A:{rnd.choice(streets)} {rnd.randint(1,80)}⟧, ⟦A:{t[0]} {t[1]}⟧.')(rnd.choice(towns)),
    lambda: f'Personen är född ⟦B:{birth()}⟧.',
    lambda: f'Ärendenummer ⟦C:{rnd.randint(10000,999999)}-{rnd.choice(["2024","2025","2026"])}⟧ gäller aktivitetsersättning.',
    lambda: f'Dnr ⟦C:{rnd.choice(["SOC","AMN","VoO"])} {rnd.choice(["2024","2025"])}/{rnd.randint(10,2999)}⟧ avser beslutet.',
    lambda: f'Utbetalningen går till kontonummer ⟦C:{rnd.randint(3000,9999)}-{rnd.randint(100000000,999999999)}⟧.',
    lambda: f'Hennes son ⟦N:{rnd.choice(firsts)}⟧ är {rnd.randint(4,17)} år.',
    lambda: f'⟦N:{rnd.choice(firsts)}⟧ berättar att det har blivit sämre hemma.',
]
out = []
for n in range(110):
    k = rnd.randint(2, 5)
    parts = rnd.sample(pool, k)
    if n % 5 != 0 and n % 5 != 1:   # 60 % with an identifier
        for _ in range(1 if rnd.random() < 0.8 else 2):
            parts.insert(rnd.randint(0, len(parts)), rnd.choice(id_templates)())
    out.append(' '.join(parts))
with open('corpus-generated.marked.txt', 'w', encoding='utf-8') as f:
    f.write('# Generated by generate_corpus.py (seed 4): clean sentences with identifier sentences mixed in.\n')
    f.write('\n'.join(out) + '\n')
