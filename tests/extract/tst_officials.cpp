// SPDX-License-Identifier: GPL-3.0-or-later
// The officials passes (names, titles, affiliation, the dictionary): one row per construction
// and, next to it, a negative twin that must not be read the same way. Every name is invented;
// the fictional dictionary is tests/data/extract/officials-people.tsv.
#include "extract/extractor.h"
#include "extractrows.h"
#include "text/sentencesplitter.h"

#include <QtTest>

using namespace parley;

using namespace parley::testrows;

class TestOfficials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { delete m_extractor; }
    void officials_data();
    void officials();
    void surnameThatIsAState_data();
    void surnameThatIsAState();
    void statesOfTheStory_data();
    void statesOfTheStory();
    void transliterationsShareAnId_data();
    void transliterationsShareAnId();
    void inferredStatesAreMarked_data();
    void inferredStatesAreMarked();

private:
    Extractor* m_extractor = nullptr;
};

void TestOfficials::initTestCase()
{
    Result<Gazetteer> g = Gazetteer::builtin();
    QVERIFY2(g.ok(), qPrintable(g.error().toString()));
    Gazetteer gz = std::move(g).value();
    const Status st = gz.addDictionary(QStringLiteral(PARLEY_TEST_DATA "/extract/officials-people.tsv"));
    QVERIFY2(st.ok(), qPrintable(st.error.toString()));
    m_extractor = new Extractor(std::move(gz));
}

// expected: every official read, "Name/Title/State" joined by ';' (exactly these names).
// Title: empty = not checked, "!" = no title; else the title must equal it (case-insensitive).
// State: a state's name, "-" = none, "*" = not checked.
void TestOfficials::officials_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    // --- session 29, names29: where a portfolio's fields end and the name begins. "Research",
    // "Supplies", "Enterprise" close a portfolio (lexicon `portfolio-word`): a three-word name after
    // them keeps its first word, which was read as a field before. Twin: a two-word name after the
    // same fields takes no field word into it.
    QTest::newRow("s29 names29: 'Minister for Food Security and Research A B C': a three-word name")
        << "Federal Minister for National Food Security and Research Rana Imran Qadri met Saudi Minister of Industry Faisal Alotaibi in Islamabad on Wednesday."
        << "Rana Imran Qadri/Minister/Pakistan;Faisal Alotaibi/Minister/Saudi Arabia";
    QTest::newRow("s29 names29 twin: 'Minister for Food Security and Research A B': two words")
        << "Federal Minister for National Food Security and Research Imran Qadri met Saudi Minister of Industry Faisal Alotaibi in Islamabad on Wednesday."
        << "Imran Qadri/Minister/Pakistan;Faisal Alotaibi/Minister/Saudi Arabia";
    QTest::newRow("s29 names29: 'Minister for Industry, Commerce and Supplies A B C'")
        << "Minister for Industry, Commerce and Supplies Ravi Kumar Thapa met Indian Ambassador Naresh Kohli in Kathmandu on Tuesday."
        << "Ravi Kumar Thapa/Minister/Nepal;Naresh Kohli/Ambassador/India";
    QTest::newRow("s29 names29 twin: 'Minister for Industry, Commerce and Supplies A B'")
        << "Minister for Industry, Commerce and Supplies Kumar Thapa met Indian Ambassador Naresh Kohli in Kathmandu on Tuesday."
        << "Kumar Thapa/Minister/Nepal;Naresh Kohli/Ambassador/India";
    QTest::newRow("s29 names29: 'The Minister of Agriculture, Food Security and Enterprise, Hon. A B C,'")
        << "BELMOPAN, Jan 12 - Prime Minister John Castillo met the British High Commissioner, Ellen Pryce, on Monday. The Minister of Agriculture, Food Security and Enterprise, Hon. Jose Marin Cal, also attended the meeting."
        << "John Castillo/Prime Minister/Belize;Ellen Pryce/High Commissioner/United Kingdom;Jose Marin Cal/Minister/Belize";
    // --- session 29, names29: after a field the lexicon does not know ("Minister of Municipality"),
    // a name that goes on with a particle of descent ("bin") opens on the run's last word, however
    // long the chain. Twin: a two-word name after the same field.
    QTest::newRow("s29 names29: 'Minister of <unknown field> A bin B bin C Al D': the whole chain")
        << "DOHA, Jan 12 - Minister of Municipality Khalifa bin Nasser bin Khalifa Al Mahmoud met Jordan's Minister of Agriculture Omar Haddad in Doha on Sunday."
        << "Khalifa bin Nasser bin Khalifa Al Mahmoud/Minister of Municipality/Qatar;Omar Haddad/Minister/Jordan";
    QTest::newRow("s29 names29 twin: 'Minister of <unknown field> A B': two words")
        << "DOHA, Jan 12 - Minister of Municipality Khalifa Mahmoud met Jordan's Minister of Agriculture Omar Haddad in Doha on Sunday."
        << "Khalifa Mahmoud/Minister of Municipality/Qatar;Omar Haddad/Minister/Jordan";
    // --- session 29, names29: a union's or a party's local branch before a title (lexicon
    // `nonstate-group` "branch") makes an office of no state. Twin: a state's office.
    QTest::newRow("s29 names29: 'Union branch chairperson Mr A B said': no official")
        << "GABORONE, Jan 12 - President Kabo Molefe met Angolan President Rui Mendes in Gaborone on Monday. Union branch chairperson Mr Kagiso Tau said workers needed assurances."
        << "Kabo Molefe/President/Botswana;Rui Mendes/President/Angola";
    QTest::newRow("s29 names29 twin: 'Assistant Minister Mr A B said': an official")
        << "GABORONE, Jan 12 - President Kabo Molefe met Angolan President Rui Mendes in Gaborone on Monday. Assistant Minister Mr Kagiso Tau said workers needed assurances."
        << "Kabo Molefe/President/Botswana;Rui Mendes/President/Angola;Kagiso Tau//Botswana";
    // --- session 29, names29: an envoy's charge told by a state after "on" ("UN Special Envoy on
    // Myanmar A B"), and the states a body's officer covers, listed after "for" ("World Bank
    // Division Director for Maldives, Nepal and Sri Lanka C D"), stand between the title and the
    // name; neither is the holder's state. Twins: the same offices with no name after them.
    QTest::newRow("s29 names29: 'UN Special Envoy on <state> A B met C'")
        << "NAY PYI TAW, 14 Jan - UN Special Envoy on Myanmar Sarah Quinlan met Prime Minister Than Myint in Nay Pyi Taw on 12 January."
        << "Sarah Quinlan/Special Envoy/-;Than Myint/Prime Minister/Myanmar";
    QTest::newRow("s29 names29 twin: 'the UN Special Envoy on <state> met C': no name")
        << "NAY PYI TAW, 14 Jan - The UN Special Envoy on Myanmar met Prime Minister Than Myint in Nay Pyi Taw on 12 January."
        << "Than Myint/Prime Minister/Myanmar";
    QTest::newRow("s29 names29: 'World Bank Division Director for <state>, <state> and <state> A B'")
        << "MALE, Jan 12 - Minister of Finance Ahmed Rasheed on Monday met World Bank Division Director for Maldives, Nepal and Sri Lanka Peter Volden at the Finance Ministry."
        << "Ahmed Rasheed/Finance Minister/Maldives;Peter Volden/Director/-";
    QTest::newRow("s29 names29 twin: 'the World Bank Division Director for <states>': no name")
        << "MALE, Jan 12 - Minister of Finance Ahmed Rasheed on Monday met the World Bank Division Director for Maldives, Nepal and Sri Lanka at the Finance Ministry."
        << "Ahmed Rasheed/Finance Minister/Maldives";
    // --- session 29, names29: capitalised words after a title that end on a body's head noun
    // name the body, not a person ("representatives of the Barbados Agricultural Society", "the
    // ADB Nepal Resident Mission", "the Chief District Officers of ..."); an organisation's unit
    // after its name closes the appositive of the one who heads it. Twins: a person's name in
    // the same place.
    QTest::newRow("s29 names29: 'A, Country Director of the <org> (<acronym>) <state> Resident Mission,'")
        << "KATHMANDU, Jan 12 - Finance Minister Ram Bahadur Khadka on Monday met Pierre Lamond, Country Director of the Asian Development Bank (ADB) Nepal Resident Mission, at the Ministry of Finance."
        << "Ram Bahadur Khadka/Finance Minister/Nepal;Pierre Lamond/Director/-";
    QTest::newRow("s29 names29 twin: 'A, Country Director of the <org> (<acronym>),'")
        << "KATHMANDU, Jan 12 - Finance Minister Ram Bahadur Khadka on Monday met Pierre Lamond, Country Director of the Asian Development Bank (ADB), at the Ministry of Finance."
        << "Ram Bahadur Khadka/Finance Minister/Nepal;Pierre Lamond/Director/-";
    QTest::newRow("s29 names29: 'representatives of the <state> Agricultural Society': no person")
        << "BRIDGETOWN, Jan 12 - Minister of Energy Lisa Carrington met supermarket operators and representatives of the Barbados Agricultural Society on Friday."
        << "Lisa Carrington/Energy Minister/Barbados";
    QTest::newRow("s29 names29: 'directed the Chief District Officers of A, B and C': no person")
        << "KATHMANDU, Jan 12 - Home Minister Om Bahadur Rai held a meeting on Sunday. The meeting directed the Chief District Officers of Kathmandu, Lalitpur and Bhaktapur to act against dealers."
        << "Om Bahadur Rai/Home Minister/Nepal";
    QTest::newRow("s29 names29 twin: 'Chief District Officer A B C': a person, the post his title")
        << "KATHMANDU, Jan 12 - Home Minister Om Bahadur Rai held a meeting on Sunday with Chief District Officer Hari Prasad Joshi."
        << "Om Bahadur Rai/Home Minister/Nepal;Hari Prasad Joshi/Chief District Officer/Nepal";
    QTest::newRow("s29 names29: 'the Chief District Officer of <city>, A B C': the post is no name")
        << "KATHMANDU, Jan 12 - Home Minister Om Bahadur Rai held a meeting on Sunday with the Chief District Officer of Kathmandu."
        << "Om Bahadur Rai/Home Minister/Nepal";
    // --- session 29, names29: a one-word surname the dictionary knows that closes a list of
    // places "in" opens ("jobs in Tromso, Bodo and Nyland") is one more place. Twin: the same
    // surname as a sentence's subject is the person.
    QTest::newRow("s29 names29: 'jobs in A, B and <surname> were at stake': a place")
        << "Date: Tuesday, January 13, 2026\n\nOSLO - Prime Minister Kari Lunde met fishermen on Monday. She warned that processing jobs in Tromso, Bodo and Nyland were at stake."
        << "Kari Lunde/Prime Minister/Norway";
    QTest::newRow("s29 names29 twin: '<surname> warned that jobs in A and B were at stake': the person")
        << "Date: Tuesday, January 13, 2026\n\nOSLO - Prime Minister Kari Lunde met fishermen on Monday. Nyland warned that processing jobs in Tromso and Bodo were at stake."
        << "Kari Lunde/Prime Minister/Norway;Nyland//Norway";
    // --- session 28, aff28: the city a meeting is told in places a bare title there ("met in a
    // city of that state"), but marks no side: one who meets him there is not thereby of another
    // state. Twin: one met whose state the text writes is a side, and the bare one the other.
    QTest::newRow("s28 aff28: 'the Vice President, A, met the Minister of Trade, B, in <home city>': both at home")
        << "Date: Tuesday, January 13, 2026\n\nCement trade: Costa Neto, Namibian minister discuss border sales\n\nPresident Manuel Costa Neto on Monday received at the presidential palace in Luanda the Namibian Minister of Industries, Tomas Ilunga, as concerns grow over cement trucks crossing the border. Namibia wants lower duties, and Angola wants more trucks on the road.\n\nMeanwhile, the Vice President, Rui Mendes, last Friday met the Minister of Trade, Pedro Sousa, at his office in Luanda, to review the cement season."
        << "Manuel Costa Neto/President/Angola;Tomas Ilunga/Minister/Namibia;Rui Mendes/Vice President/Angola;Pedro Sousa/Trade Minister/Angola";
    QTest::newRow("s28 aff28 twin: 'Angolan Vice President A met the Minister of Trade, B': B the other side")
        << "Date: Tuesday, January 13, 2026\n\nCement trade: Costa Neto, Namibian minister discuss border sales\n\nPresident Manuel Costa Neto on Monday received at the presidential palace in Luanda the Namibian Minister of Industries, Tomas Ilunga, as concerns grow over cement trucks crossing the border. Namibia wants lower duties, and Angola wants more trucks on the road.\n\nMeanwhile, Angolan Vice President Rui Mendes last Friday met the Minister of Trade, Pedro Sousa, to review the cement season."
        << "Manuel Costa Neto/President/Angola;Tomas Ilunga/Minister/Namibia;Rui Mendes/Vice President/Angola;Pedro Sousa/Trade Minister/Namibia";
    QTest::newRow("s28 aff28 twin: 'the Vice President, A, received the Minister of Trade, B, in <home city>': a guest")
        << "Date: Tuesday, January 13, 2026\n\nCement trade: Costa Neto, Namibian minister discuss border sales\n\nPresident Manuel Costa Neto on Monday received at the presidential palace in Luanda the Namibian Minister of Industries, Tomas Ilunga, as concerns grow over cement trucks crossing the border. Namibia wants lower duties, and Angola wants more trucks on the road.\n\nOn Sunday, the Vice President, Rui Mendes, received the Minister of Trade, Pedro Sousa, at his office in Luanda."
        << "Manuel Costa Neto/President/Angola;Tomas Ilunga/Minister/Namibia;Rui Mendes/Vice President/Angola;Pedro Sousa/Trade Minister/Namibia";
    // --- session 28, aff28: one who sits in on a meeting ("which was attended by B") is no side
    // of it, however bare its chair's title: he is not the guest of a home official the
    // fallback placed. Twin: two bare titles who hold talks are still two sides.
    QTest::newRow("s28 aff28: 'A chaired a meeting, which was attended by adviser B': at home")
        << "Date: Tuesday, January 13, 2026\n\nCement trade: Costa Neto, Namibian minister discuss border sales\n\nPresident Manuel Costa Neto on Monday received at the presidential palace in Luanda the Namibian Minister of Industries, Tomas Ilunga, as concerns grow over cement trucks crossing the border. Namibia wants lower duties, and Angola wants more trucks on the road.\n\nFinance Minister Rui Mendes said the duties would stay. To stop the smuggling, Mendes on Sunday chaired an inter-ministerial meeting at the secretariat, which was attended by interior adviser Pedro Sousa."
        << "Manuel Costa Neto/President/Angola;Tomas Ilunga/Minister/Namibia;Rui Mendes/Finance Minister/Angola;Pedro Sousa/Adviser/Angola";
    QTest::newRow("s28 aff28 twin: 'the Minister of Finance, A, held talks with the Minister of the Interior, B': two sides")
        << "Date: Tuesday, January 13, 2026\n\nCement trade: Costa Neto, Namibian minister discuss border sales\n\nPresident Manuel Costa Neto on Monday received at the presidential palace in Luanda the Namibian Minister of Industries, Tomas Ilunga, as concerns grow over cement trucks crossing the border. Namibia wants lower duties, and Angola wants more trucks on the road.\n\nOn Sunday, the Minister of Finance, Rui Mendes, held talks at the ministry with the Minister of the Interior, Pedro Sousa."
        << "Manuel Costa Neto/President/Angola;Tomas Ilunga/Minister/Namibia;Rui Mendes/Finance Minister/Angola;Pedro Sousa/Interior Minister/Namibia";
    // --- session 28, aff28: a region's office named with its area's noun ("Mandalay Region Chief
    // Minister C") is a local official, though "region" may end a body's name: one who meets him
    // at home holds a domestic meeting. Twin: a body's head named after the region ("Region
    // Development Bank Governor") is none.
    QTest::newRow("s28 aff28: 'A met <X> Region Chief Minister C': a domestic meeting")
        << "NAY PYI TAW, 14 Jan — China wants more rice, and China will buy beans from Myanmar. China's envoy praised the trade.\n\nMeanwhile, Union Minister for Commerce U Kyaw Lin met Mandalay Region Chief Minister U Myo Aung at the Mandalay Region Government Office on 10 January to discuss rice prices."
        << "U Kyaw Lin/Minister/Myanmar;U Myo Aung/Chief Minister/Myanmar";
    QTest::newRow("s28 aff28 twin: 'A met <X> Region Development Bank Governor C': the dateline's, as before")
        << "NAY PYI TAW, 14 Jan — China wants more rice, and China will buy beans from Myanmar. China's envoy praised the trade.\n\nMeanwhile, Union Minister for Commerce U Kyaw Lin met Mandalay Region Development Bank Governor U Myo Aung at the Mandalay Region Government Office on 10 January to discuss rice prices."
        << "U Kyaw Lin/Minister/Myanmar;U Myo Aung/Governor/Myanmar";
    // --- session 28, aff28: a meeting with none but an international body's official in a city
    // away from the dateline's state tells where the bare title went, not his state. Twin: the
    // dateline in that city.
    QTest::newRow("s28 aff28: 'ADEN - Foreign Minister A met in Riyadh with the UN envoy B': the dateline's")
        << "ADEN, Jan 12 — Power cuts in Aden reached 14 hours a day this week. Saudi Arabia has pledged fuel, and Saudi Arabia will send two tankers. Saudi officials said the grant would be paid in March.\n\nMeanwhile, Foreign Minister Salem Haidar met in Riyadh on Monday with the UN Special Envoy for Yemen, Hans Grundberg, and discussed the peace process."
        << "Salem Haidar/Foreign Minister/Yemen;Hans Grundberg/Special Envoy/-";
    QTest::newRow("s28 aff28 twin: 'RIYADH - Foreign Minister A met in Riyadh with the UN envoy B': the city's")
        << "RIYADH, Jan 12 — Power cuts in Aden reached 14 hours a day this week. Saudi Arabia has pledged fuel, and Saudi Arabia will send two tankers. Saudi officials said the grant would be paid in March.\n\nMeanwhile, Foreign Minister Salem Haidar met in Riyadh on Monday with the UN Special Envoy for Yemen, Hans Grundberg, and discussed the peace process."
        << "Salem Haidar/Foreign Minister/Saudi Arabia;Hans Grundberg/Special Envoy/-";
    // --- session 28, names28: a Mongolian initial of two letters glued to the name by its full
    // stop ("Kh.Nyambaatar", "Ts.Dorjsuren") is part of the name (twin: a two-letter name whose
    // full stop ends the sentence, the next one glued to it)
    QTest::newRow("s28 names28: 'Mayor Kh.Nyambaatar', 'Speaker Ts.Dorjsuren': two-letter initials")
        << "ULAANBAATAR - Prime Minister G.Zandanshatar met with Ulaanbaatar Mayor Kh.Nyambaatar on Wednesday. Speaker Ts.Dorjsuren received Chinese Ambassador Shen Minjuan on Thursday."
        << "G.Zandanshatar/Prime Minister/Mongolia;Kh.Nyambaatar/Mayor/Mongolia;Ts.Dorjsuren/Speaker/Mongolia;Shen Minjuan/Ambassador/China";
    QTest::newRow("s28 names28 twin: 'Premier Li.Officials said': a sentence glued to a two-letter name")
        << "BEIJING - Mongolian Prime Minister Luvsannamsrai Oyun-Erdene met Premier Li.Officials said the talks went well."
        << "Luvsannamsrai Oyun-Erdene/Prime Minister/Mongolia;Li/Premier/China";
    // "the King Fahd Causeway", "President Kennedy Street": a title's name whose last word is a
    // thing's head noun (lexicon `thing-head`) names the thing, no one (twin: the king acts)
    QTest::newRow("s28 names28: 'the King Fahd Causeway', 'President Kennedy Street': things")
        << "MANAMA - Long queues on the King Fahd Causeway topped talks between Bahraini Interior Minister Rashid Al Khalifa and Saudi Interior Minister Abdulaziz bin Saud. Traffic on President Kennedy Street was slow."
        << "Rashid Al Khalifa/Interior Minister/Bahrain;Abdulaziz bin Saud/Interior Minister/Saudi Arabia";
    QTest::newRow("s28 names28 twin: 'King Fahd received the envoy': the king")
        << "RIYADH - King Fahd received Bahraini Interior Minister Rashid Al Khalifa on Monday to discuss the causeway."
        << "King Fahd/King/Saudi Arabia;Rashid Al Khalifa/Interior Minister/Bahrain";
    // "Bangladesh's Commerce Adviser, A B,": a portfolio's field before a one-word office is the
    // office's, no name ending on a title word as "Samdech Techo Hun Sen," does (twin)
    QTest::newRow("s28 names28: 'met X's Commerce Adviser, A B,': no official 'Commerce Adviser'")
        << "THIMPHU - The Minister for Agriculture, Lyonpo Younten Phuntsho, met Bangladesh's Commerce Adviser, Sk Bashir Uddin, in Thimphu yesterday. Later, the Commerce Adviser called on Prime Minister Tshering Tobgay."
        << "Lyonpo Younten Phuntsho//Bhutan;Sk Bashir Uddin//Bangladesh;Tshering Tobgay/Prime Minister/Bhutan";
    QTest::newRow("s28 names28 twin: 'met Cambodia's Samdech Hun Sen,': a title word ends the name")
        << "BANGKOK - Thai Prime Minister Anutin Charnvirakul met Cambodia's Samdech Hun Sen, the Senate president, on Monday."
        << "Anutin Charnvirakul/Prime Minister/Thailand;Hun Sen//Cambodia";
    // "Special Envoy for Asian Affairs of the Ministry of Foreign Affairs of China Mr A B": an
    // envoy's field in capitals ending on a portfolio's word, then the body's "of" or an honorific
    // before the name (twin: "for" a state, the name at once)
    QTest::newRow("s28 names28: 'Special Envoy for Asian Affairs of the Ministry of ... of China Mr A B'")
        << "NAY PYI TAW - Foreign Minister Than Swe received Special Envoy for Asian Affairs of the Ministry of Foreign Affairs of the People's Republic of China Mr Deng Xijun at the Zeyathiri Beikman yesterday."
        << "Than Swe/Foreign Minister/Myanmar;Deng Xijun/Special Envoy/China";
    QTest::newRow("s28 names28: 'Special Envoy for African Affairs Mr A B', 'of the X Government C D'")
        << "ADDIS ABABA - Prime Minister Abiy Ahmed received Special Envoy for African Affairs Mr Liu Yuxi of China on Monday, and Special Envoy for Horn Affairs of the Kenyan Government Mark Otieno on Tuesday."
        << "Abiy Ahmed/Prime Minister/Ethiopia;Liu Yuxi/Special Envoy/China;Mark Otieno/Special Envoy/Kenya";
    QTest::newRow("s28 names28 twin: 'Special Envoy for Sudan Mr A B': a state, no field")
        << "ADDIS ABABA - Prime Minister Abiy Ahmed received Norwegian Special Envoy for Sudan Mr Endre Stiansen on Monday."
        << "Abiy Ahmed/Prime Minister/Ethiopia;Endre Stiansen/Special Envoy/Norway";
    // "NSW Treasurer A B", "Treasurer C D": a state's (a region's) treasurer is its finance
    // minister; the region by its abbreviation (regions.tsv) is of its state (twin: a party's or a
    // club's treasurer, in lower case after a name in capitals, holds no office)
    QTest::newRow("s28 names28: 'NSW Treasurer A B', 'Treasurer C D': a region's and a state's")
        << "SYDNEY - Premier Chris Minns met Prime Minister Anthony Albanese at Kirribilli House on Friday. NSW Treasurer Daniel Mookhey and Treasurer Jim Chalmers also attended."
        << "Chris Minns/Premier/Australia;Anthony Albanese/Prime Minister/Australia;Daniel Mookhey//Australia;Jim Chalmers/Treasurer/Australia";
    QTest::newRow("s28 names28 twin: 'the Kenya Rugby Union treasurer, A B': no office")
        << "NAIROBI - President William Ruto met the Kenya Rugby Union treasurer, Tom Otieno, and Sports Minister Salim Mvurya on Monday."
        << "William Ruto/President/Kenya;Salim Mvurya//Kenya";
    // "the Minister of State, Minister of Energy, Mines and Renewable Energies, Mr A B": a plural
    // field ("Energies", lexicon `portfolio-word`) closes the office's enumeration before the
    // honorific and the name, which were read as "Mr." (twin: the office with no name)
    QTest::newRow("s28 names28: '..., Minister of Energy, Mines and Renewable Energies, Mr A B,'")
        << "ALGIERS - South African Minister of Mineral Resources Gwede Mantashe met the Minister of State, Minister of Energy, Mines and Renewable Energies, Mr Mohamed Arkab, on Monday."
        << "Gwede Mantashe//South Africa;Mohamed Arkab/Minister of State, Energy Minister/Algeria";
    QTest::newRow("s28 names28 twin: '..., Minister of Energy, Mines and Renewable Energies, on Monday': no name")
        << "ALGIERS - South African Minister of Mineral Resources Gwede Mantashe met the Minister of State, Minister of Energy, Mines and Renewable Energies, on Monday."
        << "Gwede Mantashe//South Africa";
    // "the patrol ship PS Zoroaster": a ship's prefix in capitals after its noun (lexicon
    // `thing-head` of value `vessel`) is no office, "PS" no principal secretary (twin: "PS A B")
    QTest::newRow("s28 names28: 'the patrol ship PS Zoroaster': no principal secretary")
        << "VICTORIA - Seychelles President Patrick Herminie met Indian Navy chief Admiral Dinesh Tripathi on Monday. The coast guard has sent the patrol ship PS Zoroaster to the area."
        << "Patrick Herminie/President/Seychelles;Dinesh Tripathi//India";
    QTest::newRow("s28 names28 twin: 'Foreign Affairs PS Jane Marie': a principal secretary")
        << "NAIROBI - President William Ruto met Ugandan Foreign Minister Jeje Odongo on Monday. Foreign Affairs PS Korir Sing'oei also attended."
        << "William Ruto/President/Kenya;Jeje Odongo/Foreign Minister/Uganda;Korir Sing'oei/Principal Secretary/Kenya";
    // "A, president of a Brazilian community association,": an office of a body told as one of
    // its kind is no state's (twin: "of the" state's named body)
    QTest::newRow("s28 names28: 'said A B, president of a community association': no official")
        << "LISBON - Portuguese Prime Minister Luis Montenegro met Brazilian Foreign Minister Mauro Vieira on Monday. \"Many people came here,\" said Ana Paula Costa, president of a Brazilian community association in Setubal."
        << "Luis Montenegro/Prime Minister/Portugal;Mauro Vieira/Foreign Minister/Brazil";
    QTest::newRow("s28 names28 twin: 'said A B, president of the Brazilian Senate': an official")
        << "LISBON - Portuguese Prime Minister Luis Montenegro met Brazilian Foreign Minister Mauro Vieira on Monday. \"Many people came here,\" said Davi Alcolumbre, president of the Brazilian Senate."
        << "Luis Montenegro/Prime Minister/Portugal;Mauro Vieira/Foreign Minister/Brazil;Davi Alcolumbre/President/Brazil";
    // "Chairman of Yemen's Presidential Leadership Council (PLC) Dr. A B": a body of the state in
    // its possessive, its capitalised head noun (an acronym after it), then the holder's name at
    // once, an honorific before it, which took the office (twin: no name after the body)
    QTest::newRow("s28 names28: 'Chairman of X's Presidential Leadership Council (PLC) Dr. A B'")
        << "RIYADH - Chairman of Yemen's Presidential Leadership Council (PLC) Dr. Rashad al-Alimi said on Sunday that talks would wait."
        << "Rashad al-Alimi/Chairman/Yemen";
    QTest::newRow("s28 names28 twin: 'the Chairman of X's Presidential Leadership Council Office said'")
        << "RIYADH - The Chairman of Yemen's Presidential Leadership Council Office said on Sunday that talks would wait."
        << "";
    // "an International Monetary Fund team led by A B": an organisation's team, as its mission,
    // is headed by the one it is led by (twin: a state's football team)
    QTest::newRow("s28 names28: 'an IMF team led by A B': the organisation's team leader")
        << "DHAKA - Finance adviser Salehuddin Ahmed held a virtual meeting with an International Monetary Fund team led by Chris Papageorgiou on Monday."
        << "Salehuddin Ahmed//Bangladesh;Chris Papageorgiou//-";
    QTest::newRow("s28 names28 twin: 'the national team led by A B': no official")
        << "DHAKA - Finance adviser Salehuddin Ahmed met the Bangladesh cricket team led by Najmul Hossain on Monday."
        << "Salehuddin Ahmed//Bangladesh";

    // --- session 27, home27: an office of a region no dictionary knows ("the governor of X
    // State, A", "X Province Governor B", "X Chief Minister C", "D, the governor of X County,")
    // is at home in the story: of the state in whose city the story's visits are told, never a
    // visitor's, whatever state the story names most. An office of a region (titles.tsv
    // `local`) may name the region bare; any other needs its area's noun (lexicon `area-noun`).
    // Twins: a governor who came with the visitor, a region written with its state, a state
    // named "Plurinational State of", a body of a state after "the governor of"
    QTest::newRow("s27 home27: 'the governor of X County, Senator A': the host's")
        << "Ugandan Foreign Minister Sam Okello arrived in Nairobi on Monday with a message from Uganda's leader and held talks with President Daniel Mwangi at State House. Uganda wants a new pipeline route, and Uganda's cabinet approved it last week. On Tuesday, Mwangi met with the governor of Tana River County, Senator Hassan Dido, at State House."
        << "Sam Okello/Foreign Minister/Uganda;Daniel Mwangi/President/Kenya;Hassan Dido/Governor/Kenya";
    QTest::newRow("s27 home27 twin: 'accompanied by the governor of X Region, A': the visitor's")
        << "Ugandan Foreign Minister Sam Okello, who was accompanied by the governor of Gulu Region, Tom Ocan, held talks with Kenyan President Daniel Mwangi at State House in Nairobi on Monday. Uganda wants a new pipeline route, and Uganda's cabinet approved it last week."
        << "Sam Okello/Foreign Minister/Uganda;Tom Ocan/Governor/Uganda;Daniel Mwangi/President/Kenya";
    QTest::newRow("s27 home27: 'X Chief Minister A' of a region no dictionary knows: the host's")
        << "Nepalese Prime Minister Hari Thapa arrived in New Delhi on Monday for talks with Prime Minister Raj Verma. Nepal wants a second rail link, and Nepal will sell more power. Last month, Sikkim Chief Minister Prem Tamang had met Mr Thapa in Kathmandu."
        << "Hari Thapa/Prime Minister/Nepal;Raj Verma/Prime Minister/India;Prem Tamang/Chief Minister/India";
    QTest::newRow("s27 home27 twin: 'Nepal's X Province Chief Minister A': the state written")
        << "Nepalese Prime Minister Hari Thapa arrived in New Delhi on Monday for talks with Prime Minister Raj Verma. Nepal wants a second rail link, and Nepal will sell more power. Last month, Nepal's Gandaki Province Chief Minister Surendra Pandey had met Mr Verma in Patna."
        << "Hari Thapa/Prime Minister/Nepal;Raj Verma/Prime Minister/India;Surendra Pandey/Chief Minister/Nepal";
    QTest::newRow("s27 home27: 'X State President A': the host's, though the host's president is another")
        << "Somali President Hassan Abdi received Turkish Foreign Minister Mehmet Kaya at Villa Somalia in Mogadishu on Monday. The next day Abdi held talks with Galmudug State President Ahmed Kariye in Dhusamareb."
        << "Hassan Abdi/President/Somalia;Mehmet Kaya/Foreign Minister/Turkey;Ahmed Kariye/President/Somalia";
    QTest::newRow("s27 home27: 'Chief Minister of X A', no comma: the host's")
        << "Nepalese Prime Minister Hari Thapa arrived in New Delhi on Monday for talks with Prime Minister Raj Verma. Nepal wants a second rail link, and Nepal will sell more power. Last month, Chief Minister of Sikkim Prem Tamang had met Mr Thapa in Kathmandu."
        << "Hari Thapa/Prime Minister/Nepal;Raj Verma/Prime Minister/India;Prem Tamang/Chief Minister of Sikkim/India";
    QTest::newRow("s27 home27: 'the X Chief Minister, A,': the host's")
        << "Nepalese Prime Minister Hari Thapa arrived in New Delhi on Monday for talks with Prime Minister Raj Verma. Nepal wants a second rail link, and Nepal will sell more power. Last month, the Sikkim Chief Minister, Prem Tamang, had met Mr Thapa in Kathmandu."
        << "Hari Thapa/Prime Minister/Nepal;Raj Verma/Prime Minister/India;Prem Tamang/Chief Minister/India";
    QTest::newRow("s27 home27 twin: 'the Governor of the Central Bank, A,': a body, no region")
        << "Nepalese Prime Minister Hari Thapa arrived in New Delhi on Monday for talks with Prime Minister Raj Verma. Nepal wants a second rail link, and Nepal will sell more power. Last month, the Governor of the Central Bank, Om Mathur, had met Mr Thapa in Kathmandu."
        << "Hari Thapa/Prime Minister/Nepal;Raj Verma/Prime Minister/India;Om Mathur/Central Bank Governor/Nepal";
    QTest::newRow("s27 home27: 'Governor of <city> State A': a known seat with its area's noun, the city's state")
        << "Nepalese Prime Minister Hari Thapa arrived in New Delhi on Monday for talks with Prime Minister Raj Verma. Nepal wants a second rail link, and Nepal will sell more power. Last month, Governor of Kano State Abba Yusuf had met Mr Thapa in Kathmandu."
        << "Hari Thapa/Prime Minister/Nepal;Raj Verma/Prime Minister/India;Abba Yusuf/Governor/Nigeria";
    QTest::newRow("s27 home27: '<city> State Governor A': the city's state")
        << "Nepalese Prime Minister Hari Thapa arrived in New Delhi on Monday for talks with Prime Minister Raj Verma. Nepal wants a second rail link, and Nepal will sell more power. Last month, Kano State Governor Abba Yusuf had met Mr Thapa in Kathmandu."
        << "Hari Thapa/Prime Minister/Nepal;Raj Verma/Prime Minister/India;Abba Yusuf/Governor/Nigeria";
    QTest::newRow("s27 home27 twin: '<city> Governor A', no area's noun: the city's state as before")
        << "Nepalese Prime Minister Hari Thapa arrived in New Delhi on Monday for talks with Prime Minister Raj Verma. Nepal wants a second rail link, and Nepal will sell more power. Last month, Kano Governor Abba Yusuf had met Mr Thapa in Kathmandu."
        << "Hari Thapa/Prime Minister/Nepal;Raj Verma/Prime Minister/India;Abba Yusuf/Governor/Nigeria";
    QTest::newRow("s27 home27 twin: 'the President of the Plurinational State of X, A': X's")
        << "The President of the Plurinational State of Bolivia, Luis Arce, received Peruvian Foreign Minister Elmer Schialer at the Casa Grande del Pueblo in La Paz on Monday. Peru wants a new port deal."
        << "Luis Arce/President/Bolivia;Elmer Schialer/Foreign Minister/Peru";
    QTest::newRow("s27 home27: 'A, the governor of X County,': the host's")
        << "Ugandan Foreign Minister Sam Okello arrived in Nairobi on Monday with a message from Uganda's leader and held talks with President Daniel Mwangi at State House. Uganda wants a new pipeline route, and Uganda's cabinet approved it last week. On Tuesday, Mwangi met Hassan Dido, the governor of Tana River County, at State House."
        << "Sam Okello/Foreign Minister/Uganda;Daniel Mwangi/President/Kenya;Hassan Dido/Governor/Kenya";
    QTest::newRow("s27 home27 twin: 'A, the governor of the Bank of X,': X's")
        << "Ugandan Foreign Minister Sam Okello arrived in Nairobi on Monday with a message from Uganda's leader and held talks with President Daniel Mwangi at State House. Uganda wants a new pipeline route, and Uganda's cabinet approved it last week. On Tuesday, Mwangi met Hassan Dido, the governor of the Bank of Uganda, at State House."
        << "Sam Okello/Foreign Minister/Uganda;Daniel Mwangi/President/Kenya;Hassan Dido/Governor/Uganda";
    // --- session 27, home27: a state the gazetteer writes with its article ("the Seychelles")
    // opens a body's name after "of" as any state does: "the Chief of Defence Forces of the
    // Seychelles Defence Forces, A" is the Seychelles' (it was the state shared with the title
    // coordinated before). Twins: the state alone after "of the"; a body whose words run past a
    // possessive, read word by word as before
    QTest::newRow("s27 home27: 'the Chief of ... of the Seychelles Defence Forces, A': the state opens the body")
        << "The Indian High Commissioner to Seychelles, Anil Rao, and the Chief of Defence Forces of the Seychelles Defence Forces (SDF), Brigadier Paul Hoareau, were also present."
        << "Anil Rao/High Commissioner/India;Paul Hoareau/Chief/Seychelles";
    QTest::newRow("s27 home27 twin: 'the Chief of Defence Forces of the Seychelles, A': the state alone")
        << "The Indian High Commissioner to Seychelles, Anil Rao, and the Chief of Defence Forces of the Seychelles, Brigadier Paul Hoareau, were also present."
        << "Anil Rao/High Commissioner/India;Paul Hoareau/Chief/Seychelles";
    QTest::newRow("s27 home27 twin: 'of the Seychelles People's Defence Forces, A': no name 'People'")
        << "Indian Navy chief Admiral Vikram Sen met the Chief of Defence Forces of the Seychelles People's Defence Forces, Brigadier Paul Hoareau, in Victoria."
        << "Vikram Sen/Navy Chief/India;Paul Hoareau/Chief/Seychelles";
    // --- session 27, home27: whose a delegation is. "a delegation of the US Congress led by A",
    // "a delegation from Japan led by B": the state after "of" or "from" (members of a state's
    // legislature are that state's); "received in San Jose a delegation led by C": the city it is
    // received in is no owner. Twin: a demonym before the noun, as before
    QTest::newRow("s27 home27: 'received in X a delegation of the US Congress led by A, which included B': the US")
        << "Costa Rican Foreign Minister Arnoldo Solis received in San Jose a delegation of the US Congress led by Representative Tom Harlan, which included Representative Ana Ruiz."
        << "Arnoldo Solis/Foreign Minister/Costa Rica;Tom Harlan/Representative/United States;Ana Ruiz/Representative/United States";
    QTest::newRow("s27 home27 twin: 'received in X a Mexican delegation led by A': the demonym")
        << "Costa Rican Foreign Minister Arnoldo Solis received in San Jose a Mexican delegation led by Senator Pablo Ortega, which included Senator Lucia Vega."
        << "Arnoldo Solis/Foreign Minister/Costa Rica;Pablo Ortega/Senator/Mexico;Lucia Vega/Senator/Mexico";
    QTest::newRow("s27 home27: 'a delegation from Japan led by A'")
        << "Costa Rican Foreign Minister Arnoldo Solis received a delegation from Japan led by Deputy Minister Kenji Sato on Monday."
        << "Arnoldo Solis/Foreign Minister/Costa Rica;Kenji Sato/Deputy Minister/Japan";
    QTest::newRow("s27 home27: 'received in San Jose a delegation led by A': not the city's state")
        << "Costa Rican Foreign Minister Arnoldo Solis received in San Jose a delegation led by Senator Pablo Ortega on Monday. Mexico and Costa Rica signed a new trade accord, Mexico said."
        << "Arnoldo Solis/Foreign Minister/Costa Rica;Pablo Ortega/Senator/Mexico";
    // --- session 27, home27: "the Kenya Defence Forces (KDF) ... KDF spokesman Colonel A": an
    // acronym the text defines as a body named after a state, right before an office, makes
    // the office that state's (it was the state of the lead meeting's city). Twins: another
    // spokesman whose state is written; an acronym of a body named after no state
    QTest::newRow("s27 home27: 'the Kenya Defence Forces (KDF) ... KDF spokesman Colonel A': Kenya's")
        << "Somalia's Defence Minister Abdi Nur met Kenyan envoy Ruth Wanjiru in Mogadishu on Monday after an attack on the Kenya Defence Forces (KDF) near the border. Somalia will help, Somalia's cabinet said. KDF spokesman Colonel Paul Njuguna said two soldiers were hurt."
        << "Abdi Nur/Defence Minister/Somalia;Ruth Wanjiru/Envoy/Kenya;Paul Njuguna/Spokesman/Kenya";
    QTest::newRow("s27 home27 twin: 'Somali army spokesman Colonel A' where KDF is defined: Somalia's")
        << "Somalia's Defence Minister Abdi Nur met Kenyan envoy Ruth Wanjiru in Mogadishu on Monday after an attack on the Kenya Defence Forces (KDF) near the border. Somalia will help, Somalia's cabinet said. Somali army spokesman Colonel Ali Warsame said KDF soldiers were hurt."
        << "Abdi Nur/Defence Minister/Somalia;Ruth Wanjiru/Envoy/Kenya;Ali Warsame/Spokesman/Somalia";
    QTest::newRow("s27 home27 twin: 'the Joint Border Force (JBF) ... JBF spokesman A': no state from the acronym")
        << "Somalia's Defence Minister Abdi Nur met Kenyan envoy Ruth Wanjiru in Mogadishu on Monday after an attack on the Joint Border Force (JBF) near the border. Somalia will help, Somalia's cabinet said. JBF spokesman Colonel Paul Njuguna said two soldiers were hurt."
        << "Abdi Nur/Defence Minister/Somalia;Ruth Wanjiru/Envoy/Kenya;Paul Njuguna/Spokesman/Somalia";
    // --- session 27, home27: "A, a spokesman for the Nigerian Navy,", "a spokesman for the
    // Nigeria Police Force, B": after "for", a state (or its people) that opens a body's name,
    // up to its head noun, is the office's state as after "of" (they were the lead meeting's).
    // Twin: a state alone after "for" is the field of an envoy, not his state
    QTest::newRow("s27 home27: 'A, a spokesman for the Nigerian Navy,': Nigeria's")
        << "Cameroonian Foreign Minister Paul Ndongo arrived in Yaounde and met Cameroon's President Jean Biko. Cameroon and Cameroon's army said Cameroon would act. Musa Bello, a spokesman for the Nigerian Navy, also attended."
        << "Paul Ndongo/Foreign Minister/Cameroon;Jean Biko/President/Cameroon;Musa Bello/Spokesman/Nigeria";
    QTest::newRow("s27 home27: 'a spokesman for the Nigeria Police Force, Commissioner A': Nigeria's")
        << "Cameroonian Foreign Minister Paul Ndongo arrived in Yaounde and met Cameroon's President Jean Biko. Cameroon and Cameroon's army said Cameroon would act. A spokesman for the Nigeria Police Force, Commissioner Musa Bello, also attended."
        << "Paul Ndongo/Foreign Minister/Cameroon;Jean Biko/President/Cameroon;Musa Bello//Nigeria";
    QTest::newRow("s27 home27 twin: 'A, the special envoy for Sudan,': no Sudanese office")
        << "Cameroonian Foreign Minister Paul Ndongo arrived in Yaounde and met Cameroon's President Jean Biko. Cameroon and Cameroon's army said Cameroon would act. Tom Perriello, the special envoy for Sudan, also attended."
        << "Paul Ndongo/Foreign Minister/Cameroon;Jean Biko/President/Cameroon;Tom Perriello/Special Envoy/Cameroon";
    // --- session 27, intl27: officials of international bodies serve no state. "of the X" where
    // the gazetteer writes the organisation with its article ("the European Union", "the EU",
    // "the Arab League"); "Ambassador of X to Y" serves X, and "to the EU" is a posting, not the
    // envoy's side (twins: a state's ambassador, to a state or to the EU); the organisation's
    // officer after the 'of' ("of the UN Secretary-General") is the envoy's principal, no office
    // of his own (twin: a state's president); the head of an organisation's delegation "led by"
    // a titled name (twin: a state's delegation); a demonym inside an organisation's name
    // ("Indian Ocean Commission") names no state (twin: the demonym before an envoy's title)
    QTest::newRow("s27 intl27: 'the Ambassador of the European Union to X, A': the EU's, not X's")
        << "Kenyan Trade Minister Joseph Kariuki met the Ambassador of the European Union to Kenya, Marta Ilves, in Nairobi on Monday."
        << "Joseph Kariuki/Trade Minister/Kenya;Marta Ilves/Ambassador/-";
    QTest::newRow("s27 intl27 twin: 'the Ambassador of Japan to X, A': Japan's")
        << "Kenyan Trade Minister Joseph Kariuki met the Ambassador of Japan to Kenya, Kenta Oshiro, in Nairobi on Monday."
        << "Joseph Kariuki/Trade Minister/Kenya;Kenta Oshiro/Ambassador/Japan";
    QTest::newRow("s27 intl27 twin: 'India's Ambassador to the EU, A': India's, and read at all")
        << "Kenyan Trade Minister Joseph Kariuki met India's Ambassador to the EU, Rohan Bhatia, in Brussels on Monday."
        << "Joseph Kariuki/Trade Minister/Kenya;Rohan Bhatia/Ambassador/India";
    QTest::newRow("s27 intl27 twin: 'the Ambassador of India to the European Union, A'")
        << "Kenyan Trade Minister Joseph Kariuki met the Ambassador of India to the European Union, Rohan Bhatia, in Brussels on Monday."
        << "Joseph Kariuki/Trade Minister/Kenya;Rohan Bhatia/Ambassador/India";
    QTest::newRow("s27 intl27: 'the Special Representative of the EU for the Middle East, A'")
        << "Jordanian Foreign Minister Faris Haddadin met the Special Representative of the EU for the Middle East, Pieter Vandamme, in Amman on Sunday."
        << "Faris Haddadin/Foreign Minister/Jordan;Pieter Vandamme/Special Representative/-";
    QTest::newRow("s27 intl27: 'the Secretary-General of the Arab League, A'")
        << "Jordanian Foreign Minister Faris Haddadin met the Secretary-General of the Arab League, Karim Haddad, in Amman on Sunday."
        << "Faris Haddadin/Foreign Minister/Jordan;Karim Haddad/Secretary-General/-";
    QTest::newRow("s27 intl27: 'the Deputy Special Representative of the UN Secretary-General and Resident ... Coordinator, Mr. A'")
        << "Sudanese Prime Minister Yasir Osman met the Deputy Special Representative of the UN Secretary-General and Resident and Humanitarian Coordinator, Mr. Lorenzo Bassi, in Port Sudan on Sunday."
        << "Yasir Osman/Prime Minister/Sudan;Lorenzo Bassi/Deputy Special Representative and Resident Coordinator/-";
    QTest::newRow("s27 intl27: 'the Special Envoy of the UN Secretary-General for X, A': the envoy's office, no state")
        << "Sudanese Prime Minister Yasir Osman met the Special Envoy of the UN Secretary-General for Sudan, Eero Lahtinen, in Port Sudan on Sunday."
        << "Yasir Osman/Prime Minister/Sudan;Eero Lahtinen/Special Envoy/-";
    QTest::newRow("s27 intl27 twin: 'the Special Envoy of the Egyptian President, A': Egypt's")
        << "Sudanese Prime Minister Yasir Osman met the Special Envoy of the Egyptian President, Omar Fathy, in Port Sudan on Sunday."
        << "Yasir Osman/Prime Minister/Sudan;Omar Fathy/Special Envoy/Egypt";
    QTest::newRow("s27 intl27 twin: 'UN Secretary-General A' keeps his own office")
        << "Sudanese Prime Minister Yasir Osman met UN Secretary-General Tomas Brandt in Port Sudan on Sunday."
        << "Yasir Osman/Prime Minister/Sudan;Tomas Brandt/Secretary-General/-";
    QTest::newRow("s27 intl27: 'received the delegation of the ADB led by Vice President for Operations A'")
        << "Mongolian President Batbayar Ganzorig on Wednesday received the delegation of the Asian Development Bank led by Vice President for Operations Dalia Ferraro in Ulaanbaatar."
        << "Batbayar Ganzorig/President/Mongolia;Dalia Ferraro/Vice President for Operations/-";
    QTest::newRow("s27 intl27: 'an IMF delegation headed by Deputy Managing Director A'")
        << "Mongolian President Batbayar Ganzorig on Wednesday received an IMF delegation headed by Deputy Managing Director Kenji Moriyama in Ulaanbaatar."
        << "Batbayar Ganzorig/President/Mongolia;Kenji Moriyama/Deputy Managing Director/-";
    QTest::newRow("s27 intl27: the organisation's delegation, its head named in the next sentence")
        << "Mongolian President Batbayar Ganzorig on Wednesday received the delegation of the World Bank. The delegation was led by Regional Director Dalia Ferraro."
        << "Batbayar Ganzorig/President/Mongolia;Dalia Ferraro/Director/-";
    QTest::newRow("s27 intl27 twin: 'a Japanese delegation led by State Minister A': Japan's")
        << "Mongolian President Batbayar Ganzorig on Wednesday received a Japanese delegation led by State Minister for Foreign Affairs Kenji Moriyama in Ulaanbaatar."
        << "Batbayar Ganzorig/President/Mongolia;Kenji Moriyama/State Minister/Japan";
    QTest::newRow("s27 intl27: 'the Secretary General of the Indian Ocean Commission, A': no India")
        << "Mauritian Foreign Minister Ravi Doorgakant met the Secretary General of the Indian Ocean Commission, Jean-Luc Rakotobe, in Port Louis on Friday."
        << "Ravi Doorgakant/Foreign Minister/Mauritius;Jean-Luc Rakotobe/Secretary-General/-";
    QTest::newRow("s27 intl27: 'Indian Ocean Commission Secretary General A'")
        << "Mauritian Foreign Minister Ravi Doorgakant met Indian Ocean Commission Secretary General Jean-Luc Rakotobe in Port Louis on Friday."
        << "Ravi Doorgakant/Foreign Minister/Mauritius;Jean-Luc Rakotobe/Secretary-General/-";
    QTest::newRow("s27 intl27 twin: 'the Indian High Commissioner, A': India's")
        << "Mauritian Foreign Minister Ravi Doorgakant met the Indian High Commissioner, Vikram Sethi, in Port Louis on Friday."
        << "Ravi Doorgakant/Foreign Minister/Mauritius;Vikram Sethi/High Commissioner/India";
    // --- session 27, intl27: a body's short name standing alone before an office (lexicon
    // `organisation-short-form`: "Commission") in a text that names the organisation it stands
    // for or belongs to ("A Commission spokesperson, A", "the Commission's executive
    // vice-president B") serves it, no state (twins: a text that names no such organisation; "the
    // Election Commission", where another capitalised word makes it part of a name)
    QTest::newRow("s27 intl27: 'A Commission spokesperson, A' in a text naming the EU")
        << "EU trade commissioner Karel Vondrak met Turkish Trade Minister Emre Aydin in Brussels on Monday. A Commission spokesperson, Anna Lindqvist, said the talks were constructive."
        << "Karel Vondrak/Commissioner/-;Emre Aydin/Trade Minister/Turkey;Anna Lindqvist/Spokesperson/-";
    QTest::newRow("s27 intl27: 'the Commission's executive vice-president for X, A'")
        << "EU trade commissioner Karel Vondrak met Ukrainian Economy Minister Petro Kovalenko in Brussels on Monday. Kovalenko later met the Commission's executive vice-president for industrial strategy, Marie Delcourt, in Brussels."
        << "Karel Vondrak/Commissioner/-;Petro Kovalenko/Economy Minister/Ukraine;Marie Delcourt/Vice President/-";
    QTest::newRow("s27 intl27 twin: 'A Commission spokesperson, A' in a text naming no EU")
        << "Kenyan President Samuel Kiprono met Ugandan President Joseph Okello in Nairobi on Monday. A Commission spokesperson, Anna Wanjiru, said the talks were constructive."
        << "Samuel Kiprono/President/Kenya;Joseph Okello/President/Uganda;Anna Wanjiru/Spokesperson/Kenya";
    QTest::newRow("s27 intl27 twin: 'Election Commission spokesperson A' beside the EU")
        << "EU trade commissioner Karel Vondrak met Turkish Trade Minister Emre Aydin in Ankara on Monday. Election Commission spokesperson Deniz Yilmaz said the vote was fair."
        << "Karel Vondrak/Commissioner/-;Emre Aydin/Trade Minister/Turkey;Deniz Yilmaz/Spokesperson/Turkey";
    // --- session 27, intl27: an organisation's officer posted "in" a state ("the IOM Chief of
    // Mission in Libya, A"), whatever his office, and an organisation's body in lower case and
    // where it serves ("the head of the IMF mission to Egypt, A", "the EU delegation in Egypt")
    // before the comma and the name (twins: a state's chief of mission, read as before, i.e.
    // not at all; a state's ambassador posted there)
    QTest::newRow("s27 intl27: 'the IOM Chief of Mission in Libya, A'")
        << "Libyan Foreign Minister Nasser Omran met the IOM Chief of Mission in Libya, Selin Aksoy, in Tripoli on Monday."
        << "Nasser Omran/Foreign Minister/Libya;Selin Aksoy/Chief/-";
    QTest::newRow("s27 intl27 twin: 'the Turkish Chief of Mission in Libya, A' stays unread")
        << "Libyan Foreign Minister Nasser Omran met the Turkish Chief of Mission in Libya, Selin Aksoy, in Tripoli on Monday."
        << "Nasser Omran/Foreign Minister/Libya";
    QTest::newRow("s27 intl27: 'the head of the IMF mission to Egypt, A'")
        << "Egyptian Finance Minister Karim Fawzy met the head of the IMF mission to Egypt, Ivana Lukic, in Cairo on Monday."
        << "Karim Fawzy/Finance Minister/Egypt;Ivana Lukic/Head/-";
    QTest::newRow("s27 intl27: 'the head of the EU delegation in Egypt, A'")
        << "Egyptian Finance Minister Karim Fawzy met the head of the EU delegation in Egypt, Ivana Lukic, in Cairo on Monday."
        << "Karim Fawzy/Finance Minister/Egypt;Ivana Lukic/Head/-";
    QTest::newRow("s27 intl27 twin: 'Serbia's Ambassador to Egypt, A': Serbia's")
        << "Egyptian Finance Minister Karim Fawzy met Serbia's Ambassador to Egypt, Ivana Lukic, in Cairo on Monday."
        << "Karim Fawzy/Finance Minister/Egypt;Ivana Lukic/Ambassador/Serbia";
    // --- session 26, left26: a name written in capitals ends at a verb the lexicon lists (mixed
    // case, the twin, ends at its lower-case verb as before); a title alias ending on a generic
    // rank ("Rajya Sabha deputy") gives the rank to the office after it ("Deputy Chairman"), the
    // twin with no office after it keeps the alias; one described by a private calling, or as the
    // head of a band named after its kind, is no official, whatever his rank (twins: an office
    // described instead; a party's leader)
    QTest::newRow("s26 left26: 'WILLIAM RUTO PRAISED ...': the verb is no part of the name")
        << "KENYAN PRESIDENT WILLIAM RUTO PRAISED UGANDAN PRESIDENT YOWERI MUSEVENI IN NAIROBI ON MONDAY."
        << "WILLIAM RUTO/President/Kenya;YOWERI MUSEVENI/President/Uganda";
    QTest::newRow("s26 left26: 'RUTO SAID HE WOULD MEET ...'")
        << "KENYAN PRESIDENT WILLIAM RUTO SAID HE WOULD MEET UGANDAN PRESIDENT YOWERI MUSEVENI NEXT WEEK."
        << "WILLIAM RUTO/President/Kenya;YOWERI MUSEVENI/President/Uganda";
    QTest::newRow("s26 left26 twin: 'William Ruto praised ...' in mixed case")
        << "Kenyan President William Ruto praised Ugandan President Yoweri Museveni in Nairobi on Monday."
        << "William Ruto/President/Kenya;Yoweri Museveni/President/Uganda";
    QTest::newRow("s26 left26: 'Rajya Sabha Deputy Chairman A': the longer office wins")
        << "Rajya Sabha Deputy Chairman Harivansh met Nepalese Prime Minister K.P. Sharma Oli in Kathmandu on Monday."
        << "Harivansh/Deputy Chairman/India;K.P. Sharma Oli/Prime Minister/Nepal";
    QTest::newRow("s26 left26: 'Lok Sabha Deputy Speaker A'")
        << "Lok Sabha Deputy Speaker Anil Mehta received Sri Lankan Speaker Jagath Wickramaratne in New Delhi on Tuesday."
        << "Anil Mehta/Deputy Speaker/India;Jagath Wickramaratne/Speaker/Sri Lanka";
    QTest::newRow("s26 left26 twin: 'Rajya Sabha deputy A' with no office after the alias")
        << "Rajya Sabha deputy Ramesh Nair praised Sri Lankan Speaker Jagath Wickramaratne on Tuesday."
        << "Ramesh Nair/Member of the Lok Sabha/India;Jagath Wickramaratne/Speaker/Sri Lanka";
    QTest::newRow("s26 left26: 'Prince A, the investor,': no official")
        << "Prince Alwaleed bin Talal, the investor, met French President Emmanuel Macron in Riyadh on Monday."
        << "Emmanuel Macron/President/France";
    QTest::newRow("s26 left26: 'Saudi businessman Prince A': no official")
        << "Saudi businessman Prince Alwaleed bin Talal met Egyptian Prime Minister Mostafa Madbouly in Cairo on Monday."
        << "Mostafa Madbouly/Prime Minister/Egypt";
    QTest::newRow("s26 left26 twin: 'Prince A, the foreign minister,'")
        << "Prince Faisal bin Farhan, the foreign minister, met French President Emmanuel Macron in Riyadh on Wednesday."
        << "Prince Faisal bin Farhan/Foreign Minister/Saudi Arabia;Emmanuel Macron/President/France";
    QTest::newRow("s26 left26 twin: 'Liberian President A, a former footballer,': the office he holds")
        << "Liberian President George Weah, a former footballer, met Ghanaian President John Mahama in Accra on Monday."
        << "George Weah/President/Liberia;John Mahama/President/Ghana";
    QTest::newRow("s26 left26: 'K-pop band BTS's leader RM': no official")
        << "South Korean President Lee Jae-myung met K-pop band BTS's leader RM at the presidential office in Seoul."
        << "Lee Jae-myung/President/South Korea";
    QTest::newRow("s26 left26 twin: 'Democratic Party leader A'")
        << "South Korean President Lee Jae-myung met Democratic Party leader Park Chan-dae at the presidential office in Seoul."
        << "Lee Jae-myung/President/South Korea;Park Chan-dae/Leader/South Korea";
    // --- session 26, forum26: Commonwealth styles and delegations by side. "X was also
    // represented by the Deputy Prime Minister, the Hon A B MP, and ...": the state the passive's
    // subject is, past "also", is the list's (twin: a person accompanied, her state); "the Minister
    // for Trade and Tourism, Senator the Hon C D": the senator's rank and the style before the name
    // are no second office (twin: no office before them, the rank is his title); "Grand Chief Sir
    // E F": a chief's style, no name "Grand"; a party state's office ("a member of the Standing
    // Committee of the Political Bureau of the CPC Central Committee") read whole, and a plain
    // "member of the Political Bureau" before a state office leaves that office his title
    QTest::newRow("s26 forum26: 'X was also represented by the Deputy Prime Minister, the Hon A B MP, and ...': X's")
        << "Australian Foreign Minister Penny Wong co-chaired the forum in Port Moresby. Papua New Guinea was also represented by the Deputy Prime Minister, the Hon John Rosso MP, and the Minister for Defence, the Hon Dr Billy Joseph MP."
        << "Penny Wong/Foreign Minister/Australia;John Rosso/Deputy Prime Minister/Papua New Guinea;Billy Joseph/Minister for Defence/Papua New Guinea";
    QTest::newRow("s26 forum26 twin: 'She was also accompanied by ..., the Hon A B MP': her state")
        << "Australian Foreign Minister Penny Wong co-chaired the forum in Port Moresby. She was also accompanied by the Deputy Prime Minister, the Hon John Rosso MP, and the Minister for Defence, the Hon Dr Billy Joseph MP."
        << "Penny Wong/Foreign Minister/Australia;John Rosso/Deputy Prime Minister/Australia;Billy Joseph/Minister for Defence/Australia";
    QTest::newRow("s26 forum26: 'the Minister for Trade and Tourism, Senator the Hon A B': the office, not the rank")
        << "Fijian Prime Minister Sitiveni Rabuka met Australia's Minister for Trade and Tourism, Senator the Hon Don Farrell, in Suva."
        << "Sitiveni Rabuka/Prime Minister/Fiji;Don Farrell/Minister/Australia";
    QTest::newRow("s26 forum26 twin: 'met Senator the Hon A B': the rank is the title")
        << "Fijian Prime Minister Sitiveni Rabuka met Australian Senator the Hon Don Farrell in Suva."
        << "Sitiveni Rabuka/Prime Minister/Fiji;Don Farrell/Senator/Australia";
    QTest::newRow("s26 forum26: 'the Governor-General of X, Grand Chief Sir A B,': a style, no person 'Grand'")
        << "Australian Foreign Minister Penny Wong paid a courtesy call on the Governor-General of Papua New Guinea, Grand Chief Sir Bob Dadae, at Government House."
        << "Penny Wong/Foreign Minister/Australia;Bob Dadae/Governor General/Papua New Guinea";
    QTest::newRow("s26 forum26: 'A, a member of the Standing Committee of the Political Bureau of the CPC Central Committee and director of ...'")
        << "Cai Qi, a member of the Standing Committee of the Political Bureau of the Communist Party of China (CPC) Central Committee and director of the General Office of the CPC Central Committee, attended the talks."
        << "Cai Qi/Member of the Standing Committee of the Political Bureau and Director/China";
    QTest::newRow("s26 forum26 twin: 'the member of the Political Bureau and Minister of Foreign Affairs, A': the state office")
        << "The member of the Political Bureau and Minister of Foreign Affairs, Bruno Rodriguez Parrilla, attended the talks."
        << "Bruno Rodriguez Parrilla/Foreign Minister/Cuba";
    // --- session 26, forum26: a release's byline, "Senator the Hon A B" on one line and her office
    // on the next: the office is her title, not the rank (twin: the rank alone on a line of its own
    // is what the byline says she is)
    QTest::newRow("s26 forum26: 'Senator the Hon A B\\nMinister for Trade' above the body: the office")
        << "Media release\n\nSenator the Hon Mara Collins\nMinister for Trade\n\nToday I met Fiji's Minister for Trade, the Hon Manoa Kamikamica, in Suva."
        << "Mara Collins/Minister/*;Manoa Kamikamica/Minister/Fiji";
    QTest::newRow("s26 forum26 twin: 'Senator the Hon A B' alone above the body: the rank")
        << "Media release\n\nSenator the Hon Mara Collins\n\nToday I met Fiji's Minister for Trade, the Hon Manoa Kamikamica, in Suva."
        << "Mara Collins/Senator/*;Manoa Kamikamica/Minister/Fiji";
    QTest::newRow("s26 forum26: 'The Hon A B MP\\nMinister for Trade' above the body: a style and an office")
        << "Media release\n\nThe Hon Mara Collins MP\nMinister for Trade\n\nToday I met Fiji's Minister for Trade, the Hon Manoa Kamikamica, in Suva."
        << "Mara Collins/Minister/*;Manoa Kamikamica/Minister/Fiji";
    QTest::newRow("s26 forum26 twin: 'The Hon A B MP\\nParliament House': the address is no office: her seat's letters are")
        << "Media release\n\nThe Hon Mara Collins MP\nParliament House\n\nToday I met Fiji's Minister for Trade, the Hon Manoa Kamikamica, in Suva."
        << "Mara Collins/MP/*;Manoa Kamikamica/Minister/Fiji";
    // --- session 26, home26: the home of a local paper's bare titles. A paper writes the state
    // on every foreign official and on none of its own: when the state named most is written on
    // an official, the bare titles are of the next state named twice that is written on nobody and
    // whose city a sentence naming one of them names. Twin: a state named twice, written on
    // nobody, of no city named (a topic: "Venezuela had broken its word"): the state named most
    QTest::newRow("s26 home26: a local paper's bare titles are of the state it writes on nobody")
        << "Prime Minister Lena Mohan said on Thursday that Trinidad and Tobago would press ahead with a regional energy plan after a courtesy call by Caricom Secretary-General Carla Barnett at the Office of the Prime Minister, Whitehall, Port of Spain. US Secretary of State Marco Rubio said the US would back new gas projects, and US officials praised Trinidad and Tobago. Energy Minister Roodal Moonilal said US support was welcome."
        << "Carla Barnett/Secretary-General/-;Lena Mohan/Prime Minister/Trinidad and Tobago;Marco Rubio/Secretary of State/United States;Roodal Moonilal/Energy Minister/Trinidad and Tobago";
    QTest::newRow("s26 home26 twin: a state written on nobody, of no city named, is a topic, no home")
        << "US Secretary of State Marco Rubio met Barbados' Foreign Minister Kerrie Symmonds by phone on Thursday. Deputy Secretary Christopher Landau said the US would back new gas projects in the region and that Venezuela had broken its word. US officials said Venezuela would pay a price."
        << "Christopher Landau/Deputy Secretary/United States;Kerrie Symmonds/Foreign Minister/Barbados;Marco Rubio/Secretary of State/United States";
    // --- session 26, home26: the sender of a message a visitor carries is of the visitor's
    // state. Twin: one who receives a message from a bare title is no bearer of it
    QTest::newRow("s26 home26: 'B delivered a message from President C': C of B's state")
        << "President Paul Kagame on Tuesday received Burundi's Foreign Minister Edouard Bizimana at Village Urugwiro in Kigali. Bizimana delivered a message from President Jean Nduwimana."
        << "Edouard Bizimana/Foreign Minister/Burundi;Jean Nduwimana/President/Burundi;Paul Kagame/President/Rwanda";
    QTest::newRow("s26 home26 twin: 'B received a message from President C': no bearer")
        << "KIGALI - Burundi's Foreign Minister Edouard Bizimana on Tuesday received a message from President Jean Nduwimana at the ministry."
        << "Edouard Bizimana/Foreign Minister/Burundi;Jean Nduwimana/President/Rwanda";

    // --- session 26, home26: a local official (a governor) whom an official of the dateline's
    // state meets at home is of that state, not of the other state the story names. Twin: met by
    // the visiting foreign minister, he stays the dateline's
    QTest::newRow("s26 home26: a governor met by the home's minister on his tour is the home's")
        << "NAIROBI - Kenya's Trade Cabinet Secretary Lee Kinyanjui met Ugandan Trade Minister Francis Mwebesa in Nairobi on Wednesday. On Tuesday, Kinyanjui toured the Busia border post, where he held talks with Governor Paul Otuoma."
        << "Francis Mwebesa/Trade Minister/Uganda;Lee Kinyanjui/Cabinet Secretary/Kenya;Paul Otuoma/Governor/Kenya";
    QTest::newRow("s26 home26 twin: a governor met by the visiting minister is the dateline's")
        << "NAIROBI - Kenya's Trade Cabinet Secretary Lee Kinyanjui met Ugandan Trade Minister Francis Mwebesa in Nairobi on Wednesday. On Tuesday, Mwebesa toured the Busia border post, where he held talks with Governor Paul Otuoma."
        << "Francis Mwebesa/Trade Minister/Uganda;Lee Kinyanjui/Cabinet Secretary/Kenya;Paul Otuoma/Governor/Kenya";

    // --- session 26, home26: a meeting whose other side is an international body's mission, told
    // by its kind of office alone ("mission chief B"), needs no other state for the official the
    // fallback placed at home. Twin: the other side a state's minister, the default stands too
    QTest::newRow("s26 home26: 'met an IMF staff mission led by mission chief B': a body's side")
        << "President Peter Banda met an IMF staff mission led by mission chief Pablo Lopez Murphy at Kamuzu Palace on Wednesday. Reserve Bank of Malawi Governor Macfussy Kawawa also attended the meeting. On Tuesday, Foreign Minister George Chaponda met Tanzanian High Commissioner Agnes Kayola to discuss trade with Tanzania and Malawi's port access at Dar es Salaam in Tanzania."
        << "Agnes Kayola/High Commissioner/Tanzania;George Chaponda/Foreign Minister/Malawi;Macfussy Kawawa/Governor/Malawi;Pablo Lopez Murphy/Mission Chief/-;Peter Banda/President/Malawi";
    QTest::newRow("s26 home26 twin: the other side a state's minister")
        << "President Peter Banda met Zambian Energy Minister Makozo Chikote at Kamuzu Palace on Wednesday. Reserve Bank of Malawi Governor Macfussy Kawawa also attended the meeting. On Tuesday, Foreign Minister George Chaponda met Tanzanian High Commissioner Agnes Kayola to discuss trade with Tanzania and Malawi's port access at Dar es Salaam in Tanzania."
        << "Agnes Kayola/High Commissioner/Tanzania;George Chaponda/Foreign Minister/Malawi;Macfussy Kawawa/Governor/Malawi;Makozo Chikote/Energy Minister/Zambia;Peter Banda/President/Malawi";

    // --- session 26, home26: one who voices a state's stance ("reaffirmed X's commitment",
    // "expressed X's appreciation", lexicon `stance-word`) is that state's official. Twin: a
    // state's act another welcomes ("welcomed Kuwait's decision") is no stance of his
    QTest::newRow("s26 home26: 'A expressed the State of Kuwait's appreciation': A is Kuwait's")
        << "MANILA - Secretary Hans Leo Cacdac met Foreign Minister Abdullah Al-Yahya on Monday. Al-Yahya expressed the State of Kuwait's appreciation for the Filipino community."
        << "Abdullah Al-Yahya/Foreign Minister/Kuwait;Hans Leo Cacdac/Secretary/Philippines";
    QTest::newRow("s26 home26: 'A \"reaffirmed X's commitment to Caricom\"' in a statement")
        << "Prime Minister Lena Mohan met US Secretary of State Marco Rubio in Washington on Thursday. A statement said Mohan \"reaffirmed Trinidad and Tobago's commitment to Caricom\" and praised the US role in the region."
        << "Lena Mohan/Prime Minister/Trinidad and Tobago;Marco Rubio/Secretary of State/United States";
    QTest::newRow("s26 home26 twin: 'B welcomed Kuwait's decision': no stance of B's")
        << "MANILA - Secretary Hans Leo Cacdac met Foreign Minister Abdullah Al-Yahya on Monday. Cacdac welcomed Kuwait's decision to lift the visa ban on Filipino workers."
        << "Abdullah Al-Yahya/Foreign Minister/*;Hans Leo Cacdac/Secretary/Philippines";

    // --- session 25, states25b: a state office the text gives with no state ("top diplomat")
    // to one the dictionary knows only as an organisation's officer describes that office: of
    // no state, not of the state she visits. Twins: a seat of a state sends its own minister; a
    // state's possessive names the minister's state
    QTest::newRow("s25 states25b: 'Brussels sent its top diplomat A to Kyiv': the EU's, no state")
        << "Brussels sent its top diplomat Kaja Kallas to Kyiv, where she met Ukrainian President Volodymyr Zelensky on Tuesday."
        << "Kaja Kallas/High Representative for Foreign Affairs and Security Policy/-;Volodymyr Zelensky/President/Ukraine";
    QTest::newRow("s25 states25b twin: 'Kyiv sent its top diplomat A to Brussels': the minister's state")
        << "Kyiv sent its top diplomat Andrii Sybiha to Brussels, where he met Belgian Prime Minister Bart De Wever on Tuesday."
        << "Andrii Sybiha/Foreign Minister/Ukraine;Bart De Wever/Prime Minister/Belgium";
    QTest::newRow("s25 states25b twin: 'Estonia's top diplomat A travelled to Kyiv'")
        << "Estonia's top diplomat Margus Tsahkna travelled to Kyiv, where he met Ukrainian President Volodymyr Zelensky on Tuesday."
        << "Margus Tsahkna/Foreign Minister/Estonia;Volodymyr Zelensky/President/Ukraine";
    // --- session 25, affil25: whose official. An "of X" after the last of two titled names is
    // not shared with one the dictionary has serve another state; a side named after a list
    // ("took part in the talks on the X side") is the list's, unless a name stands between the
    // meeting word and the side; a delegation heading stops at "while", and "Y's side included"
    // heads the list of its own clause. Twins: the names the dictionary does not know share the
    // "of"; the one named after "held talks with" takes the side; a delegation with no second
    // clause covers its whole list
    // --- session 25, affil25b: a dateline in mixed case ("Lisbon – ", "Lisbon, March 3 –") that
    // opens the body's first line under a headline is the article's dateline. Twins: a first line
    // that is a sentence; a city with a dash that does not open the line
    QTest::newRow("s25 affil25b: 'HEADLINE\\nAnkara – ...': the dateline under a headline")
        << "Water talks open on the Tigris\nAnkara – Iraq's Prime Minister Karim Saadi received Turkish Foreign Minister Hakan Fidan in Baghdad on Tuesday. Later, Minister of Water Resources Aoun Diab met President Abdul Latif Rashid at the palace. Government spokesman Basim Awadi said the talks went well. Turkey wants a deal; Iraq needs water, and Iraq will sign."
        << "Abdul Latif Rashid//Iraq;Aoun Diab//Turkey;Basim Awadi//Turkey;Hakan Fidan//Turkey;Karim Saadi//Iraq";
    QTest::newRow("s25 affil25b: 'HEADLINE\\nAnkara, March 3 – ...': the dated dateline under a headline")
        << "Water talks open on the Tigris\nAnkara, March 3 – Iraq's Prime Minister Karim Saadi received Turkish Foreign Minister Hakan Fidan in Baghdad on Tuesday. Later, Minister of Water Resources Aoun Diab met President Abdul Latif Rashid at the palace. Government spokesman Basim Awadi said the talks went well. Turkey wants a deal; Iraq needs water, and Iraq will sign."
        << "Abdul Latif Rashid//Iraq;Aoun Diab//Turkey;Basim Awadi//Turkey;Hakan Fidan//Turkey;Karim Saadi//Iraq";
    QTest::newRow("s25 affil25b twin: a first line that is a sentence: no dateline (the state named most decides)")
        << "Water talks opened on the Tigris this week.\nAnkara – Iraq's Prime Minister Karim Saadi received Turkish Foreign Minister Hakan Fidan in Baghdad on Tuesday. Later, Minister of Water Resources Aoun Diab met President Abdul Latif Rashid at the palace. Government spokesman Basim Awadi said the talks went well. Turkey wants a deal; Iraq needs water, and Iraq will sign."
        << "Abdul Latif Rashid//Iraq;Aoun Diab//Turkey;Basim Awadi//Turkey;Hakan Fidan//Turkey;Karim Saadi//Iraq";
    // (s27 fallback27: with no dateline the story is told from the lead's Baghdad, so the bare
    // minister who meets Iraq's president there is Iraq's, as the bare spokesman is)
    QTest::newRow("s25 affil25b twin: the city and its dash later in the line: no dateline")
        << "Water talks open on the Tigris\nWith a plane from Ankara – and a deal in mind – Turkish Foreign Minister Hakan Fidan was received by Iraq's Prime Minister Karim Saadi in Baghdad on Tuesday. Later, Minister of Water Resources Aoun Diab met President Abdul Latif Rashid at the palace. Government spokesman Basim Awadi said the talks went well. Turkey wants a deal; Iraq needs water, and Iraq will sign."
        << "Abdul Latif Rashid//Iraq;Aoun Diab//Iraq;Basim Awadi//Iraq;Hakan Fidan//Turkey;Karim Saadi//Iraq";
    // --- affil25b: a plural office that a meeting is "of", then a dash and possessive-state
    // items: each item holds the office for its state. Twins: the office behind "aides of", and
    // behind "officials representing", names no holders
    QTest::newRow("s25 affil25b: 'a video conference of the three countries' economy ministers – X's A, Y's B and Z's Minister C'")
        << "TBILISI - The foreign ministers met on Monday. The talks were preceded by a video conference of the three countries' economy ministers – Georgia's Mariam Kvrivishvili, Azerbaijan's Mikayil Jabbarov and Türkiye's Trade Minister Ömer Bolat – held on May 12."
        << "Mariam Kvrivishvili/Economy Minister/Georgia;Mikayil Jabbarov/Economy Minister/Azerbaijan;Ömer Bolat/Trade Minister/Türkiye";
    QTest::newRow("s25 affil25b twin: 'a video conference of aides of the ... ministers – X's A, ...'")
        << "TBILISI - The foreign ministers met on Monday. The talks were preceded by a video conference of aides of the three countries' economy ministers – Georgia's Mariam Kvrivishvili, Azerbaijan's Mikayil Jabbarov and Türkiye's Trade Minister Ömer Bolat – held on May 12."
        << "Ömer Bolat/Trade Minister/Türkiye";
    QTest::newRow("s25 affil25b twin: 'officials representing the ... ministers – X's A, ...'")
        << "TBILISI - The foreign ministers met on Monday. Senior officials representing the three countries' economy ministers – Georgia's Mariam Kvrivishvili, Azerbaijan's Mikayil Jabbarov and Türkiye's Ömer Bolat – met in Baku on May 12."
        << "";
    QTest::newRow("s25 affil25: 'PM A and President B of X': the dictionary keeps A's state")
        << "DAKAR - Prime Minister Ousmane Sonko and President John Mahama of the Republic of Ghana held talks on Tuesday at the Building Administratif."
        << "Ousmane Sonko/Prime Minister/Senegal;John Mahama/President/Ghana";
    QTest::newRow("s25 affil25 twin: 'Minister A and Minister B of X', A unknown to the dictionary, shares it")
        << "DAKAR - Trade Minister Kofi Mensah and Energy Minister Kwabena Adjei of the Republic of Ghana held talks on Tuesday at the ministry."
        << "Kofi Mensah/Trade Minister/Ghana;Kwabena Adjei/Energy Minister/Ghana";
    QTest::newRow("s25 affil25: 'A and B took part in the delegation-level talks on the X side'")
        << "KAMPALA - Ugandan President Yoweri Museveni received Tanzanian President Samia Suluhu Hassan at State House on Monday. Energy Minister Doto Biteko and Transport Minister Makame Mbarawa took part in the delegation-level talks on the Tanzanian side."
        << "Yoweri Museveni/President/Uganda;Samia Suluhu Hassan/President/Tanzania;Doto Biteko/Energy Minister/Tanzania;Makame Mbarawa//Tanzania";
    QTest::newRow("s25 affil25 twin: 'A and B held talks with C on the X side': C's side")
        << "KAMPALA - Ugandan President Yoweri Museveni received Tanzanian President Samia Suluhu Hassan at State House on Monday. Energy Minister Ruth Nankabirwa and Works Minister Edward Wamala held talks with Energy Minister Doto Biteko on the Tanzanian side."
        << "Yoweri Museveni/President/Uganda;Samia Suluhu Hassan/President/Tanzania;Ruth Nankabirwa/Energy Minister/Uganda;Edward Wamala//Uganda;Doto Biteko/Energy Minister/Tanzania";
    QTest::newRow("s25 affil25: 'the X delegation included A and B, while Y's side included C and D'")
        << "ACCRA - Ghanaian President John Mahama and Togolese President Faure Gnassingbé co-chaired the meeting on Friday. The Ghanaian delegation included Interior Minister Kofi Asante and Trade Minister Ama Boateng, while Togo's side included Security Minister Yark Damehame and Trade Minister Kodjo Adedze."
        << "John Mahama/President/Ghana;Faure Gnassingbé/President/Togo;Kofi Asante/Interior Minister/Ghana;Ama Boateng/Trade Minister/Ghana;Yark Damehame//Togo;Kodjo Adedze/Trade Minister/Togo";
    QTest::newRow("s25 affil25 twin: 'the X delegation included A, B and C': one clause, one side")
        << "ACCRA - Ghanaian President John Mahama and Togolese President Faure Gnassingbé co-chaired the meeting on Friday. The Ghanaian delegation included Interior Minister Kofi Asante, Trade Minister Ama Boateng and Energy Minister John Jinapor."
        << "John Mahama/President/Ghana;Faure Gnassingbé/President/Togo;Kofi Asante/Interior Minister/Ghana;Ama Boateng/Trade Minister/Ghana;John Jinapor/Energy Minister/Ghana";
    // --- session 25, side25: "; the Y side was led by D", "; Y's side was headed by D", "; the Y
    // delegation was led by D": a clause with a side word of its own names D's state, and the
    // delegation heading before the semicolon does not reach into it. Twins: a semicolon between
    // the items of one list, and "; it was led by D" with no side word, stay the heading's
    QTest::newRow("s25 side25: 'the X delegation included A and B; the Y side was led by C'")
        << "ACCRA - Ghanaian President John Mahama and Togolese President Faure Gnassingbé co-chaired the meeting on Friday. The Ghanaian delegation included Interior Minister Kofi Asante and Trade Minister Ama Boateng; the Togolese side was led by Security Minister Yark Damehame."
        << "John Mahama/President/Ghana;Faure Gnassingbé/President/Togo;Kofi Asante/Interior Minister/Ghana;Ama Boateng/Trade Minister/Ghana;Yark Damehame//Togo";
    QTest::newRow("s25 side25: 'the X delegation comprised A and B; Y's side was headed by C'")
        << "ACCRA - Ghanaian President John Mahama and Togolese President Faure Gnassingbé co-chaired the meeting on Friday. The Ghanaian delegation comprised Interior Minister Kofi Asante and Trade Minister Ama Boateng; Togo's side was headed by Trade Minister Kodjo Adedze."
        << "John Mahama/President/Ghana;Faure Gnassingbé/President/Togo;Kofi Asante/Interior Minister/Ghana;Ama Boateng/Trade Minister/Ghana;Kodjo Adedze/Trade Minister/Togo";
    QTest::newRow("s25 side25: 'the X delegation included A; the Y delegation was led by C'")
        << "ACCRA - Ghanaian President John Mahama and Togolese President Faure Gnassingbé co-chaired the meeting on Friday. The Ghanaian delegation included Interior Minister Kofi Asante and Trade Minister Ama Boateng; the Togolese delegation was led by Trade Minister Kodjo Adedze."
        << "John Mahama/President/Ghana;Faure Gnassingbé/President/Togo;Kofi Asante/Interior Minister/Ghana;Ama Boateng/Trade Minister/Ghana;Kodjo Adedze/Trade Minister/Togo";
    QTest::newRow("s25 side25 twin: 'the X delegation included A; B; and C': one list, one side")
        << "ACCRA - Ghanaian President John Mahama and Togolese President Faure Gnassingbé co-chaired the meeting on Friday. The Ghanaian delegation included Interior Minister Kofi Asante; Trade Minister Ama Boateng; and Energy Minister John Jinapor."
        << "John Mahama/President/Ghana;Faure Gnassingbé/President/Togo;Kofi Asante/Interior Minister/Ghana;Ama Boateng/Trade Minister/Ghana;John Jinapor/Energy Minister/Ghana";
    QTest::newRow("s25 side25 twin: 'the X delegation included A and B; it was led by C': no side word, the heading's")
        << "ACCRA - Ghanaian President John Mahama and Togolese President Faure Gnassingbé co-chaired the meeting on Friday. The Ghanaian delegation included Interior Minister Kofi Asante and Trade Minister Ama Boateng; it was led by Energy Minister John Jinapor."
        << "John Mahama/President/Ghana;Faure Gnassingbé/President/Togo;Kofi Asante/Interior Minister/Ghana;Ama Boateng/Trade Minister/Ghana;John Jinapor/Energy Minister/Ghana";

    // --- session 25, affil25: "a meeting between A and B" names its two sides, so a demonym on A
    // is not shared with B. Twin: "a meeting with A and B" lists one side
    QTest::newRow("s25 affil25: 'a meeting between Australian Minister A and Minister B'")
        << "JAKARTA - A meeting between Australian Defence Minister Richard Marles and Defence Minister Budi Santoso, planned for next week, has been postponed."
        << "Richard Marles/Defence Minister/Australia;Budi Santoso/Defence Minister/Indonesia";
    QTest::newRow("s25 affil25 twin: 'a meeting with Australian Minister A and Minister B'")
        << "JAKARTA - A meeting with Australian Defence Minister Richard Marles and Foreign Minister Penny Wong, planned for next week, has been postponed."
        << "Richard Marles/Defence Minister/Australia;Penny Wong/Foreign Minister/Australia";

    // --- session 25, affil25: "A and B sat in on the talks, while C was accompanied by D": the
    // list before a contrasting clause is not of the side of the one that clause has accompanied.
    // Twin: the host accompanied, the list is the guest's
    QTest::newRow("s25 affil25: 'A and B sat in, while the guest was accompanied by C'")
        << "Peru's President Dina Boluarte held talks with Chilean President Gabriel Boric on Monday on a migration pact, which Peru wants signed before Peru's elections. Interior Minister Álvaro Elizalde and Finance Minister Mario Marcel sat in on the talks, while Boluarte was accompanied by Peruvian Foreign Minister Elmer Schialer."
        << "Dina Boluarte/President/Peru;Gabriel Boric/President/Chile;Álvaro Elizalde/Interior Minister/Chile;Mario Marcel/Finance Minister/Chile;Elmer Schialer/Foreign Minister/Peru";
    QTest::newRow("s25 affil25 twin: 'A and B sat in, while the host was accompanied by C'")
        << "Peru's President Dina Boluarte held talks with Chilean President Gabriel Boric on Monday on a migration pact, which Peru wants signed before Peru's elections. Interior Minister Carlos Malaver and Finance Minister Raúl Pérez-Reyes sat in on the talks, while Boric was accompanied by Chilean Foreign Minister Alberto van Klaveren."
        << "Dina Boluarte/President/Peru;Gabriel Boric/President/Chile;Carlos Malaver/Interior Minister/Peru;Raúl Pérez-Reyes/Finance Minister/Peru;Alberto van Klaveren/Foreign Minister/Chile";

    // --- session 25, affil25: with no dateline, a lead that names no one (only states and a
    // plural group, "officials", "traders") leaves the lead meeting to the next sentence, whose
    // city's state is then the home of the bare titles. Twin: a lead that names an office ("X's
    // trade minister has returned from Nairobi") keeps the story at that minister's home
    QTest::newRow("s25 affil25: a lead of states only, then 'A and B held talks in X'")
        << "Kenya and Tanzania have agreed to reopen the Namanga border post to trucks, as Tanzania faces what traders call its worst backlog in years and Tanzania's exporters wait. Kenyan Trade Minister Lee Kinyanjui and his Tanzanian counterpart Selemani Jafo held talks in Nairobi on Thursday. Communications Director Peter Mwangi said the talks covered customs and the border."
        << "Lee Kinyanjui/Trade Minister/Kenya;Selemani Jafo/Trade Minister/Tanzania;Peter Mwangi//Kenya";
    QTest::newRow("s25 affil25 twin: a lead naming a minister back from X")
        << "Tanzania's trade minister has returned from Nairobi with warm words but no deal, as Tanzania faces what traders call its worst backlog in years and Tanzania's exporters wait. Trade Minister Selemani Jafo met Kenyan Trade Minister Lee Kinyanjui in Nairobi on Thursday. Communications Director Peter Mwangi said the talks covered customs and the border."
        << "Lee Kinyanjui/Trade Minister/Kenya;Selemani Jafo/Trade Minister/Tanzania;Peter Mwangi//Tanzania";

    // --- session 25, affil25: the offices of a party's group in a legislature. "A, the head of
    // the Broad Front bloc in the Senate" (a party's name in capitals before a lower-case "bloc",
    // "caucus", "faction"), "B, the spokesperson of the Popular Party in the Congress of
    // Deputies" (a party's voice in a chamber is the group's office there), and "Secretary to the
    // Treasury C". Twins: a wing of "the ruling bloc", the party's own spokesperson, and the
    // Treasury secretary's unnamed deputy name no official
    QTest::newRow("s25 affil25: 'A, the head of the X bloc in the Senate'")
        << "SANTIAGO - \"We will not vote for it,\" said Diego Ibáñez, the head of the Broad Front bloc in the Senate."
        << "Diego Ibáñez/Head/Chile";
    QTest::newRow("s25 affil25 twin: 'A, the head of the ruling bloc's youth wing'")
        << "SANTIAGO - \"We will not vote for it,\" said Diego Ibáñez, the head of the ruling bloc's youth wing."
        << "";
    QTest::newRow("s25 affil25: 'A, the spokesperson of the X Party in the Congress of Deputies'")
        << "MADRID - Ester Muñoz, the spokesperson of the Popular Party in the Congress of Deputies, accused the government of giving in."
        << "Ester Muñoz//Spain";
    QTest::newRow("s25 affil25 twin: 'A, the spokesperson of the X Party': the party's voice")
        << "MADRID - Borja Sémper, the spokesperson of the Popular Party, accused the government of giving in."
        << "";
    QTest::newRow("s25 affil25: 'Secretary to the Treasury A'")
        << "COLOMBO - IMF mission chief Evan Papageorgiou met Secretary to the Treasury Mahinda Siriwardana at the Finance Ministry on Tuesday."
        << "Evan Papageorgiou/Mission Chief/*;Mahinda Siriwardana/Secretary to the Treasury/Sri Lanka";
    QTest::newRow("s25 affil25 twin: the secretary to the Treasury's deputy, unnamed")
        << "COLOMBO - IMF mission chief Evan Papageorgiou met the secretary to the Treasury's deputy at the Finance Ministry on Tuesday."
        << "Evan Papageorgiou/Mission Chief/*";

    // --- session 25, names25: post-nominal letters in a chain, an honorific inside a name read
    // back from a comma, dotted initials, a regnal number before a patronymic, a collective
    // office, a state's name as a given name after a title's comma, and a headline's verb. Twins:
    // the same words where they are the name's or no name's
    QTest::newRow("s25 names25: 'A B, ON, PC, MP, Prime Minister of X' is A B")
        << "The Most Hon. Andrew Holness, ON, PC, MP, Prime Minister of Jamaica, spoke in Kingston."
        << "Andrew Holness/Prime Minister/Jamaica";
    QTest::newRow("s25 names25 twin: 'ON TUESDAY' in capitals is no post-nominal")
        << "JAMAICAN PRIME MINISTER ANDREW HOLNESS SPOKE IN KINGSTON, ON TUESDAY."
        << "ANDREW HOLNESS/Prime Minister/Jamaica";
    QTest::newRow("s25 names25: 'Ato' before a name is an honorific")
        << "Ato Ahmed Shide, Ethiopia's Minister of Finance, spoke in Addis Ababa."
        << "Ahmed Shide/Finance Minister/Ethiopia";
    QTest::newRow("s25 names25 twin: 'Ato' inside a name read back from a comma stays")
        << "Present were Dr Cassiel Ato Forson, Ghana's Minister for Finance, and others."
        << "Cassiel Ato Forson/Finance Minister/Ghana";
    QTest::newRow("s25 names25: dotted initials are the name's, not a title ('MK')")
        << "Tamil Nadu Chief Minister M.K. Stalin spoke in Chennai."
        << "M.K. Stalin/Chief Minister/India";
    QTest::newRow("s25 names25 twin: 'MK' without dots is the Knesset's")
        << "Israeli MK Yuli Edelstein spoke in Jerusalem."
        << "Yuli Edelstein/Member of the Knesset/Israel";
    QTest::newRow("s25 names25: a regnal number before 'bin' is inside the name")
        << "King Talal III bin Faisal of Jordan spoke in Amman."
        << "Talal III bin Faisal/King/Jordan";
    QTest::newRow("s25 names25: a king's regnal number keeps another Abdullah apart")
        << "Jordan's King Abdullah II arrived in Kuwait. Kuwaiti Foreign Minister Abdullah Al-Yahya spoke."
        << "King Abdullah II/King/Jordan;Abdullah Al-Yahya/Foreign Minister/Kuwait";
    QTest::newRow("s25 names25 twin: 'King Abdullah' later is the king")
        << "Jordan's King Abdullah II arrived in Kuwait. King Abdullah spoke."
        << "King Abdullah II/King/Jordan";
    QTest::newRow("s25 names25: the Captains Regent name two holders")
        << "The Captains Regent of San Marino, Denise Bronzetti and Italo Righi, spoke in San Marino."
        << "Denise Bronzetti/Captain Regent/San Marino;Italo Righi/Captain Regent/San Marino";
    QTest::newRow("s25 names25: a state's name after a title's comma is a given name")
        << "Honduras' deputy foreign minister, Israel Mendoza, spoke in Tegucigalpa."
        << "Israel Mendoza/Deputy Foreign Minister/Honduras";
    QTest::newRow("s25 names25 twin: a state after a title's comma with no name after it")
        << "The Honduran foreign minister, Israel, and Egypt were named."
        << "";
    QTest::newRow("s25 names25: a headline's verb of meeting ends the name")
        << "PM Abiy, President Ruto Hold Talks"
        << "Abiy/Prime Minister/*;Ruto/President/*";

    // --- session 25, names25b: a rank that is also a given name ("Amir", "Sultan") opening the
    // sentence before name words and a comma with an office no monarch holds is the name's first
    // word, not a title. Twins: the monarch's rank with its office or an honorific keeps it
    QTest::newRow("s25 names25b: 'Amir A, Speaker of the X' is a given name")
        << "Amir Ohana, Speaker of the Knesset, spoke in Jerusalem."
        << "Amir Ohana/Speaker of the Knesset/*";
    QTest::newRow("s25 names25b twin: 'The Amir of X, Sheikh A,' is the rank")
        << "The Amir of Kuwait, Sheikh Mishal, spoke in Kuwait City."
        << "Amir Mishal/Amir/Kuwait";
    QTest::newRow("s25 names25b: 'met Sultan A, Minister of X Affairs'")
        << "Iraqi Foreign Minister Fuad Hussein met Sultan Mahmood, Minister of Kashmir Affairs, in Baghdad."
        << "Fuad Hussein/Foreign Minister/Iraq;Sultan Mahmood/Minister/*";
    QTest::newRow("s25 names25b twin: 'Emir A, the Emir of X,' keeps the monarch's rank")
        << "Emir Tamim, the Emir of Qatar, spoke in Doha."
        << "Emir Tamim/Emir/Qatar";
    QTest::newRow("s25 names25b: 'Knesset Speaker Amir A': one name word after the given-name rank")
        << "Pakistani Senator Sultan Mahmood met Knesset Speaker Amir Ohana in Jerusalem."
        << "Sultan Mahmood/Senator/Pakistan;Amir Ohana/Knesset Speaker/Israel";
    QTest::newRow("s25 names25b twin: 'King Sultan A': after a monarch's office the rank stays")
        << "Malaysian King Sultan Ibrahim spoke in Kuala Lumpur."
        << "King Ibrahim/King and Sultan/Malaysia";

    // --- session 25, states25: an office of a city or a region after a state's name that is also
    // a region of another state (lexicon `region-homonym`) serves that other state; the state's own
    // offices stay its own. A region with a government of its own (regions.tsv) places its office
    // in its state: "Niger State Governor" is Nigeria's, not Niger's
    QTest::newRow("s25 states25: 'Georgia Gov. A' is of the United States")
        << "Georgia Gov. Brian Kemp met the Japanese ambassador in Atlanta."
        << "Brian Kemp/Governor/United States";
    QTest::newRow("s25 states25 twin: 'Georgian Prime Minister A' is of Georgia")
        << "Georgian Prime Minister Irakli Kobakhidze met the Japanese ambassador in Tbilisi."
        << "Irakli Kobakhidze/Prime Minister/Georgia";
    QTest::newRow("s25 states25: 'Niger State Governor A' is of Nigeria")
        << "Niger State Governor Mohammed Umaru Bago met the Chinese ambassador in Minna."
        << "Mohammed Umaru Bago/Governor/Nigeria";
    QTest::newRow("s25 states25 twin: 'Niger's Prime Minister A' is of Niger")
        << "Niger's Prime Minister Ali Lamine Zeine met the Chinese ambassador in Niamey."
        << "Ali Lamine Zeine/Prime Minister/Niger";
    QTest::newRow("s25 states25: 'Congo's President A' is the Republic of the Congo's when the dictionary says so")
        << "Congo's President Denis Sassou Nguesso met the Angolan ambassador in Brazzaville."
        << "Denis Sassou Nguesso/President/Republic of the Congo";
    QTest::newRow("s25 states25 twin: 'Congo's President B' stays the DRC's")
        << "Congo's President Félix Tshisekedi met the Angolan ambassador in Kinshasa."
        << "Félix Tshisekedi/President/Democratic Republic of the Congo";
    QTest::newRow("s25 states25: 'Kerala Chief Minister A' is of India")
        << "Kerala Chief Minister Pinarayi Vijayan met the Emirati ambassador in Thiruvananthapuram."
        << "Pinarayi Vijayan/Chief Minister/India";

    // --- session 24, groups24: in an Arabic name the word after the first "bin" (or "ibn") is
    // the father's; a shorter name that skips it ("Faisal bin Abdullah" beside "Faisal bin Farhan
    // bin Abdullah") names another man, the son of a forebear's namesake. Twins: a short form that
    // keeps the father ("Faisal bin Farhan") is the same man
    QTest::newRow("s24 groups24: 'Faisal bin Abdullah' is not 'Faisal bin Farhan bin Abdullah'")
        << "Saudi Foreign Minister Prince Faisal bin Farhan bin Abdullah met Omani Foreign Minister Badr Albusaidi in Riyadh on Sunday. Albusaidi was seen off at the airport by Saudi Ambassador Faisal bin Abdullah."
        << "Faisal bin Farhan bin Abdullah/Foreign Minister/Saudi Arabia;Badr Albusaidi/Foreign Minister/Oman;Faisal bin Abdullah/Ambassador/Saudi Arabia";
    QTest::newRow("s24 groups24 twin: 'Faisal bin Farhan' is 'Faisal bin Farhan bin Abdullah'")
        << "Saudi Foreign Minister Prince Faisal bin Farhan bin Abdullah met Omani Foreign Minister Badr Albusaidi in Riyadh on Sunday. Albusaidi was seen off at the airport by Faisal bin Farhan."
        << "Faisal bin Farhan bin Abdullah/Foreign Minister/Saudi Arabia;Badr Albusaidi/Foreign Minister/Oman";
    QTest::newRow("s24 groups24: 'Sheikh Abdullah bin Sultan' is not 'Abdullah bin Zayed bin Sultan Al Nahyan'")
        << "Emirati Foreign Minister Sheikh Abdullah bin Zayed bin Sultan Al Nahyan met Indian External Affairs Minister Subrahmanyam Jaishankar in Abu Dhabi on Monday. Jaishankar later met Minister of State Sheikh Abdullah bin Sultan in Dubai."
        << "Abdullah bin Zayed bin Sultan Al Nahyan/Foreign Minister/United Arab Emirates;Subrahmanyam Jaishankar/External Affairs Minister/India;Abdullah bin Sultan/Minister of State/United Arab Emirates";
    QTest::newRow("s24 groups24 twin: 'Sheikh Abdullah bin Zayed' is 'Abdullah bin Zayed bin Sultan Al Nahyan'")
        << "Emirati Foreign Minister Sheikh Abdullah bin Zayed bin Sultan Al Nahyan met Indian External Affairs Minister Subrahmanyam Jaishankar in Abu Dhabi on Monday. Jaishankar later met Sheikh Abdullah bin Zayed again in Dubai."
        << "Abdullah bin Zayed bin Sultan Al Nahyan/Foreign Minister/United Arab Emirates;Subrahmanyam Jaishankar/External Affairs Minister/India";
    QTest::newRow("s24 groups24: a deputy 'Abdullatif bin Abdullah' beside the minister 'Abdullatif bin Rashid bin Abdullah'")
        << "Bahraini Foreign Minister Abdullatif bin Rashid bin Abdullah Al Zayani travelled to Cairo on Tuesday, while Undersecretary Abdullatif bin Abdullah received the Kuwaiti ambassador in Manama."
        << "Abdullatif bin Rashid bin Abdullah Al Zayani/Foreign Minister/Bahrain;Abdullatif bin Abdullah/Undersecretary/*";
    QTest::newRow("s24 groups24 twin: 'Abdullatif bin Rashid' is the minister")
        << "Bahraini Foreign Minister Abdullatif bin Rashid bin Abdullah Al Zayani travelled to Cairo on Tuesday, where Abdullatif bin Rashid met the Egyptian foreign minister."
        << "Abdullatif bin Rashid bin Abdullah Al Zayani/Foreign Minister/Bahrain";
    QTest::newRow("s24 groups24: 'Hamad bin Khalifa' (an envoy) beside 'Hamad bin Jassim bin Khalifa'")
        << "Former Qatari Prime Minister Sheikh Hamad bin Jassim bin Khalifa spoke in Doha on Monday. Qatari Ambassador Hamad bin Khalifa later met Turkish Foreign Minister Hakan Fidan in Ankara."
        << "Hamad bin Jassim bin Khalifa//Qatar;Hamad bin Khalifa/Ambassador/Qatar;Hakan Fidan/Foreign Minister/Turkey";
    QTest::newRow("s24 groups24 twin: 'Hamad bin Jassim' is 'Hamad bin Jassim bin Khalifa'")
        << "Former Qatari Prime Minister Sheikh Hamad bin Jassim bin Khalifa spoke in Doha on Monday. Hamad bin Jassim later met Turkish Foreign Minister Hakan Fidan in Ankara."
        << "Hamad bin Jassim bin Khalifa//Qatar;Hakan Fidan/Foreign Minister/Turkey";
    QTest::newRow("s24 groups24: 'Mohammed ibn Ali' beside 'Mohammed ibn Saleh ibn Ali', one 'ibn' spelling")
        << "Yemeni Foreign Minister Mohammed ibn Saleh ibn Ali met Omani officials in Muscat on Tuesday, and Yemeni Ambassador Mohammed ibn Ali attended."
        << "Mohammed ibn Saleh ibn Ali/Foreign Minister/Yemen;Mohammed ibn Ali/Ambassador/Yemen";
    QTest::newRow("s24 groups24 twin: 'Mohammed ibn Saleh' is 'Mohammed ibn Saleh ibn Ali'")
        << "Yemeni Foreign Minister Mohammed ibn Saleh ibn Ali met Omani officials in Muscat on Tuesday, and Mohammed ibn Saleh later flew home."
        << "Mohammed ibn Saleh ibn Ali/Foreign Minister/Yemen";
    QTest::newRow("s24 groups24: 'Saeed bin Saad' beside 'Saeed bin Ahmed bin Saad', later in a quote")
        << "Emirati Minister of Industry Saeed bin Ahmed bin Saad visited Riyadh on Sunday. \"We welcome the investment,\" said Saeed bin Saad, Saudi Deputy Minister of Investment."
        << "Saeed bin Ahmed bin Saad//United Arab Emirates;Saeed bin Saad//Saudi Arabia";
    QTest::newRow("s24 groups24 twin: 'Saeed bin Ahmed' in a quote is the minister")
        << "Emirati Minister of Industry Saeed bin Ahmed bin Saad visited Riyadh on Sunday. \"We welcome the investment,\" said Saeed bin Ahmed."
        << "Saeed bin Ahmed bin Saad//United Arab Emirates";

    // --- session 24, affil24: a readout's list heading names the state of the people listed
    // under it, one a line, up to the next heading: "Participating in the meeting for Ghana
    // were:", "On the Uzbek side:", "Ghana's delegation:", "Attending for Peru:", a line that is
    // only the state. Not a state the heading names after "with", "to", "on" (the other side, a
    // destination, a topic): the list is then the host's
    QTest::newRow("s24 affil24: 'Participating in the meeting for X were:' then one per line")
        << "President Rina Vosk of Estonia received President Daniel Okoro of Ghana in Tallinn on Monday.\nParticipating in the meeting for Ghana were:\nMinister of Foreign Affairs Kwame Asante\nMinister of the Interior Kofi Boateng"
        << "Rina Vosk/President/Estonia;Daniel Okoro/President/Ghana;Kwame Asante//Ghana;Kofi Boateng//Ghana";
    QTest::newRow("s24 affil24: 'Attending for X:' then 'For Y:', the host's list first")
        << "Prime Minister Ana Lopez of Peru hosted Prime Minister Kenji Mori of Japan in Lima on Friday.\nAttending for Peru:\nTrade Minister Luis Paredes\nFor Japan:\nTrade Minister Taro Hayashida\nFinance Minister Ichiro Sugimura"
        << "Ana Lopez/Prime Minister/Peru;Kenji Mori/Prime Minister/Japan;Luis Paredes//Peru;Taro Hayashida//Japan;Ichiro Sugimura//Japan";
    QTest::newRow("s24 affil24: 'X's delegation:' (a possessive heading without a verb)")
        << "Chancellor Hans Weber of Austria met President Daniel Okoro of Ghana in Vienna on Monday.\nGhana's delegation:\nTrade Minister Kwame Asante\nEnergy Minister Kofi Boateng"
        << "Hans Weber/Chancellor/Austria;Daniel Okoro/President/Ghana;Kwame Asante//Ghana;Kofi Boateng//Ghana";
    QTest::newRow("s24 affil24: 'Members of the delegation of X:' after a foreign dateline")
        << "VIENNA, March 3 - Chancellor Hans Weber of Austria met President Daniel Okoro of Ghana on Monday.\nMembers of the delegation of Ghana:\nTrade Minister Kwame Asante\nEnergy Minister Kofi Boateng"
        << "Hans Weber/Chancellor/Austria;Daniel Okoro/President/Ghana;Kwame Asante//Ghana;Kofi Boateng//Ghana";
    QTest::newRow("s24 affil24: 'Also present from the Chilean side were:' (a demonym and a side noun)")
        << "Argentine President Javier Rossi received Chilean President Marta Ibanez at the Casa Rosada in Buenos Aires.\nAlso present from the Chilean side were:\nForeign Minister Pedro Soto\nMinister of Mining Lucia Vera"
        << "Javier Rossi/President/Argentina;Marta Ibanez/President/Chile;Pedro Soto//Chile;Lucia Vera//Chile";
    QTest::newRow("s24 affil24: a line that is only the state, the sentence before ending with a full stop")
        << "Kazakh President Nurlan Abenov held talks with Uzbek President Rustam Karimov in Astana on Monday.\nUzbekistan\nForeign Minister Bakhtiyor Rustamov\nEnergy Minister Jurabek Tashkentov"
        << "Nurlan Abenov/President/Kazakhstan;Rustam Karimov/President/Uzbekistan;Bakhtiyor Rustamov//Uzbekistan;Jurabek Tashkentov//Uzbekistan";
    QTest::newRow("s24 affil24: 'THE X DELEGATION INCLUDED:' in capitals")
        << "Prime Minister Olga Stan of Moldova met Prime Minister Ion Radu of Romania in Chisinau.\nTHE ROMANIAN DELEGATION INCLUDED:\nEnergy Minister Mihai Popa\nMinister of Transport Dan Ilie"
        << "Olga Stan/Prime Minister/Moldova;Ion Radu/Prime Minister/Romania;Mihai Popa//Romania;Dan Ilie//Romania";
    QTest::newRow("s24 affil24 twin: 'Joining the president in the talks with X were:' lists the host's people")
        << "President Rina Vosk of Estonia received President Daniel Okoro of Ghana in Tallinn on Monday.\nJoining President Vosk in the talks with Ghana were:\nForeign Minister Margus Tamm\nDefence Minister Hanno Pevk"
        << "Rina Vosk/President/Estonia;Daniel Okoro/President/Ghana;Margus Tamm//Estonia;Hanno Pevk//Estonia";
    QTest::newRow("s24 affil24 twin: 'The officials who travelled to X were:' lists the visitor's people")
        << "Chancellor Hans Weber of Austria met President Daniel Okoro of Ghana in Accra on Monday.\nThe Austrian officials who travelled to Ghana were:\nTrade Minister Karl Huber\nEnergy Minister Eva Gruber"
        << "Hans Weber/Chancellor/Austria;Daniel Okoro/President/Ghana;Karl Huber//Austria;Eva Gruber//Austria";
    QTest::newRow("s24 affil24 twin: 'Present at the talks on X were:' (a topic, not a side)")
        << "Prime Minister Olga Stan of Moldova met Prime Minister Ion Radu of Romania in Chisinau.\nPresent at the talks on Ukraine were:\nEnergy Minister Mihai Popa\nMinister of Transport Dan Ilie"
        << "Olga Stan/Prime Minister/Moldova;Ion Radu/Prime Minister/Romania;Mihai Popa//*;Dan Ilie//*";
    QTest::newRow("s24 affil24 twin: a name after the list, in a sentence of its own, is not listed under it")
        << "Kazakh President Nurlan Abenov held talks with Uzbek President Rustam Karimov in Astana on Monday.\nUzbekistan\nForeign Minister Bakhtiyor Rustamov\nLater that day, Kazakh Energy Minister Almas Sadykov briefed reporters."
        << "Nurlan Abenov/President/Kazakhstan;Rustam Karimov/President/Uzbekistan;Bakhtiyor Rustamov//Uzbekistan;Almas Sadykov//Kazakhstan";

    // --- session 24, affil24: a state (a demonym, a possessive) or an international body before
    // a title keeps its holder when a title is coordinated with it or a lower-case word stands
    // between them: "Czech First Deputy Prime Minister and Industry Minister A", "the World
    // Bank's regional director for Central Asia, B", "Argentine Economy Minister C and central
    // bank chief D"
    QTest::newRow("s24 affil24: 'X First Deputy Prime Minister and Industry Minister A' (one man, two offices)")
        << "Economy Minister Denisa Kova held talks with Czech First Deputy Prime Minister and Industry Minister Karel Hora in Bratislava."
        << "Denisa Kova/Economy Minister/*;Karel Hora//Czech Republic";
    QTest::newRow("s24 affil24: 'X Deputy Prime Minister and Defence Minister A' opening the sentence")
        << "Polish Deputy Prime Minister and Defence Minister Jan Kowalik visited Vilnius on Tuesday and met President Ona Petraite."
        << "Jan Kowalik//Poland;Ona Petraite/President/*";
    QTest::newRow("s24 affil24: 'X's Deputy Prime Minister and Foreign Minister A' (a possessive)")
        << "Foreign Minister Maria Lind hosted Ukraine's First Deputy Prime Minister and Economy Minister Yulia Koval in Stockholm."
        << "Maria Lind/Foreign Minister/*;Yulia Koval//Ukraine";
    QTest::newRow("s24 affil24 twin: 'X Prime Minister A and Y Industry Minister B' (two men, two states)")
        << "Czech Prime Minister Pavel Novak and Slovak Industry Minister Karel Hora met in Bratislava."
        << "Pavel Novak/Prime Minister/Czech Republic;Karel Hora//Slovakia";
    QTest::newRow("s24 affil24: 'the World Bank's regional director for Central Asia, A,'")
        << "Kyrgyz Finance Minister Almaz Baetov met the World Bank's regional director for Central Asia, Tatiana Petrova, in Bishkek."
        << "Almaz Baetov/Finance Minister/Kyrgyzstan;Tatiana Petrova//-";
    QTest::newRow("s24 affil24: 'World Bank country director A' (a lower-case word between body and title)")
        << "Nepal's Finance Minister Ram Karki met World Bank country director David Sisk in Kathmandu."
        << "Ram Karki/Finance Minister/Nepal;David Sisk//-";
    QTest::newRow("s24 affil24: 'the IMF's resident representative, A,'")
        << "Ghana's Finance Minister Kofi Mensah met the IMF's resident representative, Laura Bianchi, in Accra on Monday."
        << "Kofi Mensah/Finance Minister/Ghana;Laura Bianchi//-";
    QTest::newRow("s24 affil24 twin: a demonym before a lower-case word and a title is the holder's state")
        << "Kyrgyz regional governor Almaz Baetov met Kazakh Energy Minister Murat Sadykov in Osh."
        << "Almaz Baetov//Kyrgyzstan;Murat Sadykov/Energy Minister/Kazakhstan";
    QTest::newRow("s24 affil24: 'hosted X Economy Minister A and central bank chief B'")
        << "Finance Minister Hans Weber hosted Argentine Economy Minister Luis Cortez and central bank chief Santiago Bruno in Vienna on Tuesday."
        << "Hans Weber/Finance Minister/*;Luis Cortez/Economy Minister/Argentina;Santiago Bruno//Argentina";
    QTest::newRow("s24 affil24: 'hosted X Economy Minister A and central bank chief B' at the outlet's home")
        << "Treasury Secretary Janet Hale hosted Argentine Economy Minister Luis Cortez and central bank chief Santiago Bruno at the Treasury on Tuesday. The United States backs the swap line."
        << "Janet Hale/Treasury Secretary/United States;Luis Cortez/Economy Minister/Argentina;Santiago Bruno//Argentina";
    QTest::newRow("s24 affil24: 'X's trade minister A, and foreign ministry spokesman B' (a comma and 'and')")
        << "President Lina Berg received Kenya's trade minister Peter Otieno, and foreign ministry spokesman Paul Kamau in Oslo. Norway and Kenya signed a deal."
        << "Lina Berg/President/*;Peter Otieno//Kenya;Paul Kamau//Kenya";
    QTest::newRow("s24 affil24 twin: 'X Minister A met central bank chief B' (a meeting, no list)")
        << "Argentine Economy Minister Luis Cortez met central bank chief Eva Gruber in Vienna. Austria's economy is growing."
        << "Luis Cortez/Economy Minister/Argentina;Eva Gruber//Austria";
    QTest::newRow("s24 affil24: 'met X Foreign Minister A and army chief B'")
        << "President Rina Vosk received Pakistani Foreign Minister Ali Shah and army chief Asim Khan in Tallinn."
        << "Rina Vosk/President/*;Ali Shah/Foreign Minister/Pakistan;Asim Khan//Pakistan";
    QTest::newRow("s24 affil24 twin: 'X Economy Minister A and his host, central bank chief B'")
        << "Argentine Economy Minister Luis Cortez met Austrian Finance Minister Hans Weber and central bank chief Eva Gruber in Vienna."
        << "Luis Cortez/Economy Minister/Argentina;Hans Weber/Finance Minister/Austria;Eva Gruber//Austria";

    // --- session 24, affil24: a United States lawmaker's party and home state in brackets or
    // commas after the name ("Sen. A (R-Neb.)", "Rep. B, D-Calif.,", "(I-Vt.)", "(R-TX)") place
    // him in the United States, whatever other state the story is about
    QTest::newRow("s24 affil24: 'Sen. A (R-Neb.) and Sen. B (R-Kan.)' meeting a secretary in a story of another state")
        << "Argentina wants more beef exports. Argentina's president backs the plan. Agriculture Secretary Brooke Hale met privately on Monday with Sen. Dana Fisk (R-Neb.) and Sen. Roger Marsh (R-Kan.) to discuss Argentina."
        << "Brooke Hale//*;Dana Fisk//United States;Roger Marsh//United States";
    QTest::newRow("s24 affil24: 'Rep. A, D-Calif., met X's foreign minister'")
        << "Rep. Maria Lopez, D-Calif., met Mexico's Foreign Minister Juan de la Rosa in Mexico City on Friday."
        << "Maria Lopez//United States;Juan de la Rosa/Foreign Minister/Mexico";
    QTest::newRow("s24 affil24: 'Senator A (R-TX)' (a postal code)")
        << "In Taipei, Senator Tom Kane (R-TX) met President Lin Wei-min on Monday."
        << "Tom Kane//United States;Lin Wei-min/President/*";
    QTest::newRow("s24 affil24: 'Sen. A (I-Vt.)' quoted in a story of another state")
        << "Ukraine needs more help, said Sen. Bernard Sand (I-Vt.), who visited Kyiv and met Foreign Minister Andriy Bilyk."
        << "Bernard Sand//United States;Andriy Bilyk/Foreign Minister/*";
    QTest::newRow("s24 affil24 twin: a senator of another state, no bracket")
        << "Philippine Senator Ana Reyes met Japanese Foreign Minister Taro Kono in Manila."
        << "Ana Reyes//Philippines;Taro Kono/Foreign Minister/Japan";
    QTest::newRow("s24 affil24 twin: a bracket with a party's name only")
        << "Senator Ana Reyes (Nacionalista) met Japanese Foreign Minister Taro Kono in Manila."
        << "Ana Reyes//Philippines;Taro Kono/Foreign Minister/Japan";

    // --- session 24, names24: a name never runs over a line break: a readout lists its attendees
    // one a line with no punctuation, and the line after the last name opens with a capital
    // ("Participating for X were:", "Attending for Y:", a state's heading, a date)
    QTest::newRow("s24 names24: a readout's list, the last name before 'Participating for X were:'")
        << "The Secretary was joined by:\nDeputy Secretary of State Christopher Landau\nNational Security Adviser Jonathan Powell\nParticipating for Kenya were:\nCabinet Secretary for Foreign Affairs Musalia Mudavadi"
        << "Christopher Landau//*;Jonathan Powell//*;Musalia Mudavadi//*";
    QTest::newRow("s24 names24: a list line before 'Attending from the Japanese side:'")
        << "Also present were:\nChief Cabinet Secretary Minoru Kihara\nAttending from the Japanese side:\nVice Minister Takehiro Funakoshi"
        << "Minoru Kihara//*;Takehiro Funakoshi//*";
    QTest::newRow("s24 names24: a list whose last line is followed by a paragraph opening 'Following'")
        << "The President was accompanied by:\nForeign Minister Ana Ruiz\nTrade Minister Pedro Gomez\nFollowing the talks, the two sides signed three agreements."
        << "Ana Ruiz//*;Pedro Gomez//*";
    QTest::newRow("s24 names24: a list of names, each followed by its office after a comma, one a line")
        << "Joining the Prime Minister were:\nMaria Lopez, Minister of Finance\nCarlos Diaz, Minister of Energy\nDelegation of Peru:\nJuan Torres, Foreign Minister"
        << "Maria Lopez/Finance Minister/*;Carlos Diaz/Energy Minister/*;Juan Torres/Foreign Minister/*";
    QTest::newRow("s24 names24: a headline ending on a name, the next line a capitalised dateline-free lead")
        << "Kenyan leader hosts Ugandan Foreign Minister Odongo Jeje Abubakhar\nTalks in Nairobi focused on the oil pipeline."
        << "Odongo Jeje Abubakhar/Foreign Minister/Uganda";
    QTest::newRow("s24 names24: a line whose title opens with a place ('White House Chief of Staff') after a name's line")
        << "Present for the United States were:\nSecretary of Homeland Security Jane Hollis\nWhite House Chief of Staff Tom Becker\nSecretary of the Treasury Ann Ford"
        << "Jane Hollis//*;Tom Becker//*;Ann Ford//*";
    QTest::newRow("s24 names24: a line whose title opens with a body ('Kremlin aide') after a name's line")
        << "The Russian side:\nDeputy Minister of Foreign Affairs Sergei Ryabkov\nKremlin aide Yuri Ushakov"
        << "Sergei Ryabkov//*;Yuri Ushakov//*";
    QTest::newRow("s24 names24 twin: the same attendee written inside one line keeps his whole name")
        << "Participating for the United States were Secretary of State Marco Rubio and Deputy Secretary of State Christopher Landau."
        << "Marco Rubio//United States;Christopher Landau//*";
    QTest::newRow("s24 names24 twin: a wrapped line inside a name-free phrase changes no name")
        << "Foreign Minister Ana Ruiz of Peru met her Chilean counterpart\nin Lima on Monday."
        << "Ana Ruiz/Foreign Minister/Peru";

    // --- session 24, names24: a portfolio's field after "for"/"of" may end on a capitalised noun
    // no name opens with ("Procurement", "Personnel", "Competition", "Security"); the name
    // follows it
    QTest::newRow("s24 names24: 'Minister for Defence Procurement A B'")
        << "Britain's Minister for Defence Procurement Maria Eagle met Polish Deputy Defence Minister Pawel Bejda in Warsaw."
        << "Maria Eagle//United Kingdom;Pawel Bejda/Deputy Defence Minister/Poland";
    QTest::newRow("s24 names24: 'Minister for Veterans Affairs and Defence Personnel A B'")
        << "Australia's Minister for Veterans Affairs and Defence Personnel Matt Keogh met New Zealand Defence Minister Judith Collins in Canberra."
        << "Matt Keogh//Australia;Judith Collins/Defence Minister/New Zealand";
    QTest::newRow("s24 names24: 'Secretary of State for Energy Security A B' (lower-case wire style before)")
        << "Talks in Oslo were joined by Britain's Secretary of State for Energy Security Claire Coutinho."
        << "Claire Coutinho//United Kingdom";
    QTest::newRow("s24 names24: 'Minister of Trade, Industry and Competition, Mr A B,'")
        << "The Minister of Trade, Industry and Competition, Mr Thabo Nkosi, met Algeria's Energy Minister Mohamed Arkab in Pretoria."
        << "Thabo Nkosi//*;Mohamed Arkab/Energy Minister/Algeria";
    QTest::newRow("s24 names24: 'Minister of Foreign Affairs, National Community Abroad and African Affairs, Mr A B'")
        << "The delegation included the Minister of Foreign Affairs, National Community Abroad and African Affairs, Mr Karim Benali, and the Minister of Energy, Mr Yacine Haddad."
        << "Karim Benali//*;Yacine Haddad/Energy Minister/*";
    QTest::newRow("s24 names24: 'Minister of Public Procurement A B' in a list after 'attended by'")
        << "The session was attended by Ghana's Minister of Public Procurement Kojo Mensah and Trade Minister Elizabeth Ofosu-Adjare."
        << "Kojo Mensah//Ghana;Elizabeth Ofosu-Adjare/Trade Minister/Ghana";
    QTest::newRow("s24 names24 twin: 'Minister for Defence A B' whose given name is a noun (Grant)")
        << "Britain's Minister for Defence Grant Shapps met Polish Deputy Defence Minister Pawel Bejda in Warsaw."
        << "Grant Shapps//United Kingdom;Pawel Bejda/Deputy Defence Minister/Poland";
    QTest::newRow("s24 names24 twin: 'Minister of Trade, Industry and Competition A B' with no comma nor honorific")
        << "South Africa's Minister of Trade, Industry and Competition Parks Tau met Algeria's Energy Minister Mohamed Arkab in Pretoria."
        << "Parks Tau//South Africa;Mohamed Arkab/Energy Minister/Algeria";
    QTest::newRow("s24 names24 twin: 'Minister of Energy Security' with no name after it names nobody")
        << "The Minister of Energy Security said on Monday that the grid would hold through the winter."
        << "";

    // --- session 24, names24: a dictionary alias that a text writes longer ("King Salman bin
    // Abdulaziz Al Saud", "Emir Tamim bin Hamad Al Thani"): the name goes on over the words of the
    // longer alias, two or three at a time ("Al Saud")
    QTest::newRow("s24 names24: 'King Salman bin Abdulaziz Al Saud' is written whole")
        << "King Salman bin Abdulaziz Al Saud received the credentials of the new ambassador in Riyadh."
        << "Salman bin Abdulaziz Al Saud/King/Saudi Arabia";
    QTest::newRow("s24 names24: 'the Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud'")
        << "The President conveyed the greetings of the Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud to the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani."
        << "Salman bin Abdulaziz Al Saud//Saudi Arabia;Tamim bin Hamad Al Thani//Qatar";
    QTest::newRow("s24 names24 twin: 'King Salman' alone keeps the short name")
        << "King Salman received the credentials of the new ambassador in Riyadh."
        << "King Salman/King/Saudi Arabia";
    QTest::newRow("s24 names24: 'Emir Sheikh Tamim bin Hamad Al Thani' after an agency's dateline")
        << "DOHA, QNA -- Emir Sheikh Tamim bin Hamad Al Thani received a phone call from Kenyan President William Ruto."
        << "Tamim bin Hamad Al Thani//Qatar;William Ruto/President/Kenya";
    QTest::newRow("s24 names24: 'Prince Mohammed bin Salman Al Saud' written with the family name")
        << "Crown Prince Mohammed bin Salman Al Saud met French President Emmanuel Macron in Jeddah."
        << "Mohammed bin Salman Al Saud//Saudi Arabia;Emmanuel Macron/President/France";
    QTest::newRow("s24 names24: 'President Xi Jinping' (a one-word step still reads)")
        << "Chinese President Xi Jinping met Spanish Prime Minister Pedro Sanchez in Beijing."
        << "Xi Jinping/President/China;Pedro Sanchez/Prime Minister/Spain";

    // --- session 24, names24: the head of a trade union holds no office of a state: "union head
    // A", "trade union chief B", "the chairperson of the X Drivers Union, C" (a union named by
    // words in capitals before "Union"; not "Union Minister", nor the African or European Union)
    QTest::newRow("s24 names24: 'union head A B told'")
        << "\"We were promised raises,\" union head Marek Danko told the crowd outside the Education Ministry."
        << "";
    QTest::newRow("s24 names24: 'trade union chief A B' beside a minister")
        << "Labour Minister Erik Tomas met union leaders, including trade union chief Monika Uhlerova, in Bratislava."
        << "Erik Tomas//*";
    QTest::newRow("s24 names24: 'The chairperson of the X Truck Drivers Union, A B,'")
        << "The chairperson of the Kenya Long Distance Truck Drivers Union, Peter Kamau, said the strike would go on."
        << "";
    QTest::newRow("s24 names24: 'A B, secretary-general of the X Union of Journalists'")
        << "Erick Omondi, secretary-general of the Kenya Union of Journalists, criticised the media bill."
        << "";
    QTest::newRow("s24 names24: 'X Transport Union chairman A B met Transport Minister C'")
        << "Ghana Private Road Transport Union chairman Kwesi Manu met Transport Minister Joseph Nikpe in Accra."
        << "Joseph Nikpe//Ghana";
    QTest::newRow("s24 names24: 'nurses' union president A B'")
        << "Nurses' union president Grace Mensah said the strike would go on until salaries were paid."
        << "";
    QTest::newRow("s24 names24 twin: 'Union Home Minister A B' (India's union government)")
        << "Union Home Minister Amit Shah met Nepal's Home Minister Ramesh Lekhak in New Delhi."
        << "Amit Shah/Home Minister/India;Ramesh Lekhak/Home Minister/Nepal";
    QTest::newRow("s24 names24 twin: 'the chairperson of the African Union Commission, A B'")
        << "The chairperson of the African Union Commission, Mahmoud Ali Youssouf, met Kenyan President William Ruto in Nairobi."
        << "Mahmoud Ali Youssouf//-;William Ruto/President/Kenya";
    QTest::newRow("s24 names24 twin: 'Labour Minister A B told the union'")
        << "\"We were promised raises,\" Labour Minister Marek Danko told the union outside the ministry."
        << "Marek Danko//*";

    // --- session 24, names24: a royal title whose "of" names no realm but a trade or a group in
    // lower case ("the Queen Mother of the tomato sellers", "the king of the fish market") is no
    // royal office; "Madam" before a name is a courtesy, no part of it
    QTest::newRow("s24 names24: 'The Queen Mother of the tomato sellers at X, Madam A B,'")
        << "The Queen Mother of the onion traders at Kejetia, Madam Akua Serwaa, told reporters prices had doubled."
        << "";
    QTest::newRow("s24 names24: 'the queen of the fish market, A B,'")
        << "Prices fell on Monday, said the queen of the fish market at Elmina, Efua Mensah."
        << "";
    QTest::newRow("s24 names24: 'Market queen Madam A B'")
        << "Market queen Madam Esther Owusu said the lorries had been held at the border for a week."
        << "";
    QTest::newRow("s24 names24: 'the fish king of the harbour, A B,' after a comma")
        << "Catches were down, said the king of the fishermen at Tema, Kofi Badu."
        << "";
    QTest::newRow("s24 names24 twin: 'the King of the Netherlands, A'")
        << "German Chancellor Friedrich Merz met the King of the Netherlands, Willem-Alexander, in The Hague."
        << "Friedrich Merz/Chancellor/Germany;Willem-Alexander/King/Netherlands";
    QTest::newRow("s24 names24 twin: 'the Queen Mother of Bhutan, A'")
        << "Indian Prime Minister Narendra Modi called on the Queen Mother of Bhutan, Dorji Wangmo Wangchuck, in Thimphu."
        << "Narendra Modi/Prime Minister/India;Dorji Wangmo Wangchuck//Bhutan";
    QTest::newRow("s24 names24 twin: 'Madam A B, the Trade Minister,' keeps the office, not the courtesy")
        << "Madam Elizabeth Ofosu-Adjare, Ghana's Trade Minister, met Burkinabe Trade Minister Serge Poda in Accra."
        << "Elizabeth Ofosu-Adjare/Trade Minister/Ghana;Serge Poda/Trade Minister/Burkina Faso";

    // --- session 24, names24: an armed movement's or an opposition party's voice is no official,
    // with an office's modifier between ("SPLM-IO acting press secretary A", "Hamas senior
    // spokesman B")
    QTest::newRow("s24 names24: 'Opposition SPLM-IO acting press secretary A B'")
        << "Opposition SPLM-IO acting press secretary Lam Paul Gabriel accused the government of ignoring the drivers."
        << "";
    QTest::newRow("s24 names24: 'Hamas senior spokesman A B'")
        << "Hamas senior spokesman Hazem Qassem said the group had received the proposal."
        << "";
    QTest::newRow("s24 names24: 'RSF deputy commander A B'")
        << "RSF deputy commander Abdelrahim Dagalo said his forces would not withdraw."
        << "";
    QTest::newRow("s24 names24: 'Houthi senior official A B'")
        << "Houthi senior official Mohammed Ali al-Houthi said the group would keep up its attacks."
        << "";
    QTest::newRow("s24 names24 twin: 'Hamas senior spokesman A B said he had met Egyptian Intelligence Chief C'")
        << "Egyptian intelligence chief Hassan Rashad met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Cairo, Hamas senior spokesman Hazem Qassem said."
        << "Hassan Rashad//Egypt;Mohammed bin Abdulrahman Al Thani//Qatar";
    QTest::newRow("s24 names24 twin: 'Government acting spokesperson A B'")
        << "South Sudan's acting government spokesperson Ateny Wek Ateny accused the opposition of delays."
        << "Ateny Wek Ateny//South Sudan";

    // --- session 24, names24: a party's name after its leader's appositive is no person
    // ("A B, leader of the strongest opposition party, Progressive Slovakia (PS),"); the leader
    // is an official (the sets' convention for opposition leaders)
    QTest::newRow("s24 names24: 'said A B, leader of the strongest opposition party, X Y (XY).'")
        << "\"The budget hits ordinary people,\" said Michal Šimečka, leader of the strongest opposition party, Progressive Slovakia (PS)."
        << "Michal Šimečka//Slovakia";
    QTest::newRow("s24 names24: 'A B, head of the main opposition party, X Y,'")
        << "Kemal Kilicdaroglu, head of the main opposition party, Republican People's Party, criticised the deal."
        << "Kemal Kilicdaroglu//*";
    QTest::newRow("s24 names24: 'A B, who leads the largest opposition party, Civic Platform,'")
        << "Donald Nowak, leader of the largest opposition party, Civic Platform, called the treaty a mistake."
        << "Donald Nowak//*";
    QTest::newRow("s24 names24 twin: 'Opposition leader A B said'")
        << "Opposition leader Michal Šimečka said the budget was unfair."
        << "Michal Šimečka//*";
    QTest::newRow("s24 names24: 'A B, chairwoman of the largest opposition party, the X Y,'")
        << "Ana Ruiz, chairwoman of the largest opposition party, the Popular Front, said the vote was rigged."
        << "Ana Ruiz//*";
    QTest::newRow("s24 names24 twin: 'the leader of the opposition party, A B,' (no name before the title)")
        << "The leader of the opposition party, Tomas Novak, said the vote was rigged."
        << "Tomas Novak//*";

    // --- session 24, names24: the office of an international body's officer written after the
    // name in lower case, with its region and its body ("A B, regional representative for
    // Southeast Asia and the Pacific of the UN Office on Drugs and Crime (UNODC),")
    QTest::newRow("s24 names24: 'A B, regional representative for R and the Pacific of the UN Office on Drugs and Crime (UNODC),'")
        << "The minister received Jeremy Douglas, regional representative for Southeast Asia and the Pacific of the UN Office on Drugs and Crime (UNODC), who praised the new law."
        << "Jeremy Douglas//*";
    QTest::newRow("s24 names24: 'A B, the UNODC regional representative,'")
        << "The minister received Jeremy Douglas, the UNODC regional representative, on Monday."
        << "Jeremy Douglas//*";
    QTest::newRow("s24 names24: 'A B, country representative of the World Food Programme,'")
        << "The minister met Ana Torres, country representative of the World Food Programme, in Dili."
        << "Ana Torres//*";
    QTest::newRow("s24 twin names24: 'UNODC Regional Representative A B'")
        << "The minister received UNODC Regional Representative Jeremy Douglas on Monday."
        << "Jeremy Douglas//*";
    QTest::newRow("s24 names24: 'the UNDP resident representative, A B,'")
        << "The talks were joined by the UNDP resident representative, Alissar Chaker, and the finance minister."
        << "Alissar Chaker//*";
    QTest::newRow("s24 names24 twin: 'A B, a regional representative of the farmers' cooperative,' is no UN officer")
        << "Prices were too low, said Kojo Asante, a regional representative of the cocoa farmers, on Monday."
        << "";

    // --- session 24, names24: an envoy's title that names both ends ("Ambassador of the Republic
    // of X to the Kingdom A B", "Ambassador of the Custodian of the Two Holy Mosques to the
    // Republic of X C D"): the generic noun of the host ("the Kingdom", "the State") ends it
    QTest::newRow("s24 names24: 'Ambassador of the Republic of X to the Kingdom A B'")
        << "It was attended by Ambassador of the Republic of Uzbekistan to the Kingdom Ulugbek Maksudov."
        << "Ulugbek Maksudov//Uzbekistan";
    QTest::newRow("s24 names24: 'Ambassador of the Custodian of the Two Holy Mosques to the Republic of X A B'")
        << "He was received at the airport by Ambassador of the Custodian of the Two Holy Mosques to the Republic of Uzbekistan Yousef Al-Otaibi."
        << "Yousef Al-Otaibi//*";
    QTest::newRow("s24 names24 twin: 'Ambassador of the Republic of X to the Kingdom of Y A B'")
        << "It was attended by Ambassador of the Republic of Uzbekistan to the Kingdom of Saudi Arabia Ulugbek Maksudov."
        << "Ulugbek Maksudov//Uzbekistan";
    QTest::newRow("s24 names24: 'the Ambassador of the State of Kuwait to the Kingdom A B' (a state's formal name)")
        << "The reception was attended by the Ambassador of the State of Kuwait to the Kingdom Sheikh Sabah Nasser Al-Sabah."
        << "Sabah Nasser Al-Sabah//Kuwait";
    QTest::newRow("s24 names24: 'Ambassador of X to the Nation A B' in a list")
        << "Present were Foreign Minister Ana Ruiz and Ambassador of Chile to the Nation Pedro Soto."
        << "Ana Ruiz/Foreign Minister/*;Pedro Soto//Chile";

    // --- session 23, names16: a military or police rank before a name is no part of it and no
    // office; a relative clause that gives an office ("who was sworn in as president", "who
    // became army chief", "who took office as ...") names the ranked name before its comma, and the
    // clause may go on past the office with its time and circumstance
    QTest::newRow("s23 names16: 'Colonel A B, who was sworn in as president in March after ...,'")
        << "Colonel Mamadou Keita, who was sworn in as president in March after the army seized power, received Foreign Minister Yassine Fall of Senegal in Bamako."
        << "Mamadou Keita//*;Yassine Fall/Foreign Minister/Senegal";
    QTest::newRow("s23 names16: 'Lt Gen A B, who became army chief in 2024,' (no dots in the rank)")
        << "Lt Gen Kamal Osman, who became army chief in 2024, held talks with Kenyan President Samuel Otieno in Nairobi."
        << "Kamal Osman//*;Samuel Otieno/President/Kenya";
    QTest::newRow("s23 names16: 'General A B, who was appointed defence minister last month,'")
        << "General Tomas Ferrer, who was appointed defence minister last month, met the Brazilian ambassador on Tuesday."
        << "Tomas Ferrer/Defence Minister/*";
    QTest::newRow("s23 names16: 'Major A B, who has been serving as interior minister since ...' closing the sentence")
        << "The talks in Niamey were led by Major Ali Barre, who has been serving as interior minister since the coup."
        << "Ali Barre/Interior Minister/*";
    QTest::newRow("s23 names16: 'Captain A B, Burkina Faso's president,' then 'Captain B' is the same man")
        << "Captain Ibrahim Traoré, Burkina Faso's president, met Foreign Minister Karim Traoré of Mali in Ouagadougou. Captain Traoré thanked his guest."
        << "Ibrahim Traoré//Burkina Faso;Karim Traoré/Foreign Minister/Mali";
    QTest::newRow("s23 names16: 'the junta leader, Capt. A B,' (a rank with its dot after the title)")
        << "Guinea's junta leader, Capt. Moussa Camara, met Liberian President Joseph Boakai in Monrovia."
        << "Moussa Camara//Guinea;Joseph Boakai/President/Liberia";
    QTest::newRow("s23 names16 twin: a ranked soldier with no office is no official")
        << "Captain Moussa Kone, a pilot with the national airline, told reporters in Bamako that the flight was delayed."
        << "";
    QTest::newRow("s23 names16 twin: 'Sergeant A, who was wounded in the attack,' holds no office")
        << "Sergeant Ali Barre, who was wounded in the attack, spoke to reporters in Niamey on Monday."
        << "";
    QTest::newRow("s23 names16 twin: 'Major A B, who met the president in May,': a meeting, no office")
        << "Major Tomas Ferrer, who met the president in May, spoke to reporters in Lima on Monday."
        << "";
    QTest::newRow("s23 names16 twin: 'Colonel A B, who became famous as a war hero,'")
        << "Colonel Jean Dupuis, who became famous as a war hero, gave a lecture in Dakar on Friday."
        << "";
    QTest::newRow("s23 names16 twin: a capitalised 'Major' opening a sentence is no rank")
        << "Major powers met in Geneva on Monday, and Swiss President Karin Keller spoke."
        << "Karin Keller/President/Switzerland";

    // --- session 23, names16: "shadow" before a portfolio is a side, like "opposition": the
    // opposition's holder of a portfolio is an official of his state
    QTest::newRow("s23 names16: 'A B, the shadow home secretary,'")
        << "Chris Philp, the shadow home secretary, said the returns deal with France had failed."
        << "Chris Philp/Home Secretary/*";
    QTest::newRow("s23 names16: 'A B, the Conservative shadow chancellor,'")
        << "Mel Stride, the Conservative shadow chancellor, said the budget would raise taxes in Britain."
        << "Mel Stride//*";
    QTest::newRow("s23 names16: 'Britain's shadow foreign secretary, A B,'")
        << "Britain's shadow foreign secretary, Priti Patel, met Israeli Prime Minister Benjamin Netanyahu in Jerusalem."
        << "Priti Patel//United Kingdom;Benjamin Netanyahu/Prime Minister/Israel";
    QTest::newRow("s23 names16 twin: 'the shadow cabinet' names no one")
        << "The shadow cabinet met in London on Monday to discuss the budget."
        << "";
    QTest::newRow("s23 names16 twin: 'A B, a shadow of the party he once led,' holds no office")
        << "Tom Harris, a shadow of the leader he once was, said little at the rally in Leeds."
        << "";
    // --- session 23, names16: delayed identification when the lead's office names no state ("The
    // home secretary has agreed to ... . A B hosted ..."): the holder's state is told as for any
    // official; not when a holder of that office was named before
    QTest::newRow("s23 names16: 'The home secretary has agreed ... . A B hosted ...'")
        << "The home secretary has agreed to extend the returns deal with France.\nShabana Mahmood hosted France's interior minister, Laurent Nunez, in London on Thursday."
        << "Shabana Mahmood/Home Secretary/*;Laurent Nunez/Interior Minister/France";
    QTest::newRow("s23 names16: 'The defence minister has ordered ... . A B told ...'")
        << "The defence minister has ordered a review of the army's purchases.\nKaspars Ozols told reporters in Riga that the review would take a month."
        << "Kaspars Ozols/Defence Minister/*";
    QTest::newRow("s23 names16 twin: the office's holder was named in the lead: the next name is another")
        << "Home Secretary Yvette Cooper has agreed to extend the returns deal with France.\nShabana Mahmood said the deal was too small."
        << "Yvette Cooper/Home Secretary/*";
    QTest::newRow("s23 names16 twin: a lead whose subject is no office")
        << "The government has agreed to extend the returns deal with France.\nShabana Mahmood said the deal was too small."
        << "";

    // --- session 23, names16: the head of a firm its state owns (lexicon `state-company`) is an
    // official of that state, the firm before the title or after its "of"; the head of a
    // business or a charity is none ("chief executive" and "CEO" are offices of note only with
    // a body of a state)
    QTest::newRow("s23 names16: 'Gazprom CEO A B' at the end of a list")
        << "The meeting was also attended by Russian Energy Minister Sergei Tsivilev and Gazprom CEO Alexei Miller."
        << "Sergei Tsivilev/Energy Minister/Russia;Alexei Miller/Gazprom CEO/Russia";
    QTest::newRow("s23 names16: 'Rosatom chief A B met ...'")
        << "Rosatom chief Alexei Likhachev met Turkish Energy Minister Alparslan Bayraktar in Ankara on Tuesday."
        << "Alexei Likhachev//Russia;Alparslan Bayraktar/Energy Minister/Turkey";
    QTest::newRow("s23 names16: 'A B, the chief executive of Gazprom,' in another state's capital")
        << "Alexei Miller, the chief executive of Gazprom, met Turkish Energy Minister Alparslan Bayraktar in Ankara."
        << "Alexei Miller//Russia;Alparslan Bayraktar/Energy Minister/Turkey";
    QTest::newRow("s23 names16: 'Saudi Aramco's chief executive A B'")
        << "Saudi Aramco's chief executive Amin Nasser held talks with Chinese Vice Premier Ding Xuexiang in Beijing."
        << "Amin Nasser//Saudi Arabia;Ding Xuexiang/Vice Premier/China";
    QTest::newRow("s23 names16: 'the head of Sonatrach, A B,'")
        << "Italian Prime Minister Giorgia Meloni met the head of Sonatrach, Rachid Hachichi, in Algiers."
        << "Giorgia Meloni/Prime Minister/Italy;Rachid Hachichi//Algeria";
    QTest::newRow("s23 names16 twin: a private firm's CEO is no official")
        << "Nvidia CEO Jensen Huang met Chinese Vice Premier He Lifeng in Beijing on Friday."
        << "He Lifeng/Vice Premier/China";
    QTest::newRow("s23 names16 twin: 'A B, chief executive of the Refugee Council,' (a charity's head)")
        << "Enver Salomon, chief executive of the Refugee Council, said the plan would fail. Home Secretary Shabana Mahmood met French Interior Minister Laurent Nunez in London."
        << "Shabana Mahmood/Home Secretary/United Kingdom;Laurent Nunez/Interior Minister/France";
    QTest::newRow("s23 names16 twin: 'the chief executive of a bank, A B,'")
        << "The chief executive of Barclays, Carl Venter, told reporters in London that rates would fall."
        << "";
    QTest::newRow("s23 names16 twin: a state body after 'of' stays: 'Chief Executive of the National Health Service'")
        << "Amanda Pritchett, Chief Executive of the National Health Service, met Health Minister Omar Haddad of Jordan in Amman."
        << "Amanda Pritchett//*;Omar Haddad/Health Minister/Jordan";

    // --- session 23, names16: long portfolios in capitals hold common words ("Transition",
    // "Inclusion"), never a name's; the name is the one after the portfolio (its comma, an
    // honorific before it)
    QTest::newRow("s23 names16: 'the Minister of Energy Transition and Sustainable Development, Mrs. A B,'")
        << "President Bola Tinubu received a delegation led by the Minister of Energy Transition and Sustainable Development, Mrs. Leila Benali, in Abuja."
        << "Bola Tinubu/President/Nigeria;Leila Benali//*";
    QTest::newRow("s23 names16: 'the Minister of Energy Transition A B' with no comma")
        << "President Bola Tinubu received the Minister of Energy Transition Leila Benali in Abuja."
        << "Bola Tinubu/President/Nigeria;Leila Benali//*";
    QTest::newRow("s23 names16: 'Minister of Digital Transformation and Administrative Reform, A B,'")
        << "Spanish Foreign Minister Jose Albares met the Minister of Digital Transformation and Administrative Reform, Amal Fellah, in Rabat."
        << "Jose Albares/Foreign Minister/Spain;Amal Fellah//*";
    QTest::newRow("s23 names16: 'the Minister of Economic Inclusion, Small Business, Employment and Skills, A B,'")
        << "President Bola Tinubu received the Minister of Economic Inclusion, Small Business, Employment and Skills, Younes Sekkouri, in Abuja."
        << "Bola Tinubu/President/Nigeria;Younes Sekkouri//*";
    QTest::newRow("s23 names16 twin: 'the Energy Transition and Sustainable Development agenda' names no one")
        << "President Bola Tinubu spoke about the Energy Transition and Sustainable Development agenda in Abuja."
        << "Bola Tinubu/President/Nigeria";
    // --- session 23, names16: capitalised things in a list or after a place's possessive: a
    // thing's head noun ("Pipeline", "Bazaar") or an acronym in brackets after the words ends them
    // as no one's name; a web page's furniture ("Published 24 March") is none either
    QTest::newRow("s23 names16 twin: 'a delegation led by A, ... on the Nigeria-Morocco Gas Pipeline (NMGP)'")
        << "President Bola Tinubu received a Moroccan delegation led by Foreign Minister Nasser Bourita, with both sides pledging a decision on the Nigeria-Morocco Gas Pipeline (NMGP) this year."
        << "Bola Tinubu/President/Nigeria;Nasser Bourita/Foreign Minister/Morocco";
    QTest::newRow("s23 names16 twin: 'shopkeepers in Tehran's Grand Bazaar'")
        << "Several shopkeepers in Tehran's Grand Bazaar said prices had doubled, and Iranian Foreign Minister Abbas Araghchi blamed sanctions."
        << "Abbas Araghchi/Foreign Minister/Iran";
    QTest::newRow("s23 names16 twin: 'Cairo's Khan el-Khalili Market'")
        << "Traders at Cairo's Khalili Market said tourists were back, Egyptian Foreign Minister Badr Abdelatty said on Monday."
        << "Badr Abdelatty/Foreign Minister/Egypt";
    QTest::newRow("s23 names16 twin: 'KC MP' then 'Published 24 March 2026' on the next line")
        << "From: Prime Minister's Office and The Rt Hon Sir Keir Starmer KCB KC MP\nPublished 24 March 2026\nPrime Minister Keir Starmer welcomed Prime Minister Sanae Takaichi of Japan to Downing Street today."
        << "Keir Starmer//United Kingdom;Sanae Takaichi/Prime Minister/Japan";
    QTest::newRow("s23 names16 twin: 'Updated 3 May' after a minister's line")
        << "Foreign Secretary Yvette Cooper\nUpdated 3 May 2026\nCooper met Indian External Affairs Minister S. Jaishankar in London."
        << "Yvette Cooper/Foreign Secretary/*;S. Jaishankar/External Affairs Minister/India";

    // --- session 23, names16: a royal title and a name that open a venue's name mention no one,
    // its words joined by "and", "of", "for" ("the King Salman Humanitarian Aid and Relief
    // Centre"), or written after a building's noun in Malay order ("Bangunan Sultan Ibrahim")
    QTest::newRow("s23 names16 twin: 'through the King Salman Humanitarian Aid and Relief Centre (KSrelief)'")
        << "Crown Prince Mohammed bin Salman pledged more aid through the King Salman Humanitarian Aid and Relief Centre (KSrelief) in Riyadh."
        << "Mohammed bin Salman//Saudi Arabia";
    QTest::newRow("s23 names16 twin: 'at the King Fahd Centre for Medical Research'")
        << "Saudi Health Minister Fahad Al-Jalajel opened a wing at the King Fahd Centre for Medical Research in Jeddah."
        << "Fahad Al-Jalajel/Health Minister/Saudi Arabia";
    QTest::newRow("s23 names16 twin: 'at Bangunan Sultan Ibrahim'")
        << "After the meeting, Singapore's Transport Minister Jeffrey Siow paid a courtesy call on Johor Chief Minister Onn Hafiz Ghazi at Bangunan Sultan Ibrahim in Kota Iskandar."
        << "Jeffrey Siow//Singapore;Onn Hafiz Ghazi//*";
    QTest::newRow("s23 names16 twin: 'prayers at Masjid Sultan Abu Bakar'")
        << "Malaysian Prime Minister Anwar Ibrahim attended Friday prayers at Masjid Sultan Abu Bakar in Johor Bahru."
        << "Anwar Ibrahim/Prime Minister/Malaysia";
    QTest::newRow("s23 names16: the king himself, named and acting, stays")
        << "King Salman received Sudanese leader Abdel Fattah al-Burhan in Riyadh on Tuesday."
        << "King Salman//Saudi Arabia;Abdel Fattah al-Burhan//Sudan";
    QTest::newRow("s23 names16: a building's noun before an office leaves the office: 'Kremlin spokesman A'")
        << "Kremlin spokesman Dmitry Peskov said President Vladimir Putin would meet Turkish President Recep Tayyip Erdogan."
        << "Dmitry Peskov//Russia;Vladimir Putin/President/Russia;Recep Tayyip Erdogan/President/Turkey";

    // --- session 23, names16: a ministry readout's office with its body after a comma
    // ("Secretary (ER), Ministry of External Affairs, Shri A B"): the body in capitals from a
    // body's head noun, the comma, an honorific or an envoy's rank, then the name; "Shri", "Smt."
    // are honorifics
    QTest::newRow("s23 names16: 'Secretary (ER), Ministry of External Affairs, Shri A B also participated'")
        << "External Affairs Minister S. Jaishankar and Kenyan Foreign Minister Musalia Mudavadi co-chaired the session in New Delhi. Secretary (ER), Ministry of External Affairs, Shri Sudhakar Dalela also participated."
        << "S. Jaishankar//India;Musalia Mudavadi//Kenya;Sudhakar Dalela/Secretary (ER), Ministry of External Affairs/*";
    QTest::newRow("s23 names16: 'Joint Secretary, Ministry of Commerce, Mr. A B'")
        << "The Indian side was represented by Joint Secretary, Ministry of Commerce and Industry, Mr. Rajesh Kumar, in Geneva."
        << "Rajesh Kumar//*";
    QTest::newRow("s23 names16: 'Director-General (Americas), Ministry of Foreign Affairs, Mr. A B'")
        << "The talks in Lima were attended by Director-General (Americas), Ministry of Foreign Affairs, Mr. Juan Perez."
        << "Juan Perez//*";
    QTest::newRow("s23 names16: 'Secretary (West) A B met ...' with no comma")
        << "Secretary (West) Tanmaya Lal met Kenyan Foreign Minister Musalia Mudavadi in Nairobi."
        << "Tanmaya Lal//*;Musalia Mudavadi/Foreign Minister/Kenya";
    QTest::newRow("s23 names16: 'Smt. A B, Minister of State,'")
        << "Smt. Anupriya Patel, Minister of State for Commerce of India, met Kenyan Trade Minister Lee Kinyanjui in Nairobi."
        << "Anupriya Patel//India;Lee Kinyanjui//Kenya";
    QTest::newRow("s23 names16 twin: 'the Secretary, Ministry of Defence, spoke' names no one")
        << "The Permanent Secretary, Ministry of Defence, said the talks in Nairobi had gone well."
        << "";
    QTest::newRow("s23 names16 twin: a body after the comma and no name after it")
        << "Kenyan Foreign Minister Musalia Mudavadi met the Secretary, Ministry of External Affairs, and the Indian ambassador in New Delhi."
        << "Musalia Mudavadi/Foreign Minister/Kenya";

    // --- session 23, names16: a brand in camel case before a spokesperson's or a head's title
    // names a business or a lobby, no state's body
    QTest::newRow("s23 names16 twin: 'DairyNZ spokeswoman A B said'")
        << "DairyNZ spokeswoman Hannah Whyte said farmers were pleased. New Zealand Trade Minister Todd McClay met Indian Commerce Minister Piyush Goyal in New Delhi."
        << "Todd McClay//New Zealand;Piyush Goyal//India";
    QTest::newRow("s23 names16 twin: 'BusinessNZ chief A B'")
        << "BusinessNZ chief Katherine Rich welcomed the deal, and Trade Minister Todd McClay of New Zealand said it was fair."
        << "Todd McClay//New Zealand";
    QTest::newRow("s23 names16: 'MoD spokesman A B' (one lower-case letter: an acronym of a ministry)")
        << "MoD spokesman James Hart said British Defence Secretary John Healey would meet his French counterpart in London."
        << "James Hart//*;John Healey//United Kingdom";
    QTest::newRow("s23 names16: 'PetroChina chief A B' (a firm its state owns)")
        << "PetroChina chief Dai Houliang met Kazakh Energy Minister Almasadam Satkaliyev in Astana."
        << "Dai Houliang//China;Almasadam Satkaliyev/Energy Minister/Kazakhstan";

    // --- session 22, names22: a generational suffix after its own comma ("A B, Jr.,") then the
    // appositive title: the suffix ends the name and the title after it is still the name's
    QTest::newRow("s22 names22: 'A B, Jr., Secretary of ... of the Republic of X,' after a host's minister")
        << "Foreign Minister Ken Arata of Japan held talks with H.E. Mr. Ramon B. Villaraza, Jr., Secretary of National Defense of the Republic of the Philippines, in Tokyo."
        << "Ken Arata//Japan;Ramon B. Villaraza, Jr.//Philippines";
    QTest::newRow("s22 names22: 'A, Jr., the <demonym> <office>,' in lower case")
        << "Ramon Villaraza, Jr., the Philippine defense secretary, arrived in Canberra on Monday."
        << "Ramon Villaraza, Jr.//Philippines";
    QTest::newRow("s22 names22: 'A, Sr., <state>'s <office>,' opening the sentence")
        << "Tomas Reyes Alcantara, Sr., Colombia's trade minister, said the talks went well."
        << "Tomas Reyes Alcantara, Sr.//Colombia";
    QTest::newRow("s22 names22: 'A, Jr, Minister of ...' without the dot")
        << "The delegation was led by Carlos Mendoza, Jr, Minister of Finance of Panama, who met bankers."
        << "Carlos Mendoza, Jr//Panama";
    QTest::newRow("s22 names22: 'A B III, Governor of ...' without a comma before the suffix")
        << "Juan Ponce Villanueva III, Governor of the Central Bank of the Philippines, spoke on Friday."
        << "Juan Ponce Villanueva III//Philippines";
    QTest::newRow("s22 names22: a ministry readout: 'Secretary Lazaro and Secretary A, Jr., Secretary of ...'")
        << "Minister Motegi met H.E. Ms. Maria Reyes, Secretary of Foreign Affairs of the Philippines, and H.E. Mr. Andres Tolentino, Jr., Secretary of Trade and Industry of the Philippines, in Tokyo."
        << "Andres Tolentino, Jr.//Philippines;Maria Reyes//Philippines;Motegi//*";
    // post-nominal honours ("KC", "OBE", "GCMG"), with or without a comma before them, end the name
    // and are no part of it; the appositive title after them is still the name's
    QTest::newRow("s22 names22: 'A B, OBE, the British <office>,'")
        << "Prime Minister Ken Arata of Japan met Alan Pember, OBE, the British trade envoy, in Tokyo."
        << "Alan Pember//United Kingdom;Ken Arata//Japan";
    QTest::newRow("s22 names22: 'Sir A B KC, Attorney General of ...'")
        << "Sir Alan Pember KC, Attorney General of the United Kingdom, arrived in Ottawa on Monday."
        << "Alan Pember//United Kingdom";
    QTest::newRow("s22 names22: 'A B KCMG, High Commissioner of ...' after the host")
        << "Fijian Prime Minister Sitiveni Rabuka received Sir Hugh Dallow KCMG, High Commissioner of the United Kingdom, in Suva."
        << "Hugh Dallow//United Kingdom;Sitiveni Rabuka//Fiji";
    QTest::newRow("s22 names22: 'A B CBE, <state>'s <office>,'")
        << "Margaret Ellery CBE, Britain's ambassador to Jordan, met King Abdullah II in Amman."
        << "King Abdullah II//Jordan;Margaret Ellery//United Kingdom";
    QTest::newRow("s22 names22 twin: 'A B, OBE, a novelist from Leeds,': no office")
        << "Alan Pember, OBE, a novelist from Leeds, said the plan failed."
        << "";
    QTest::newRow("s22 names22 twin: an acronym after a title is no honour ('the KC office')")
        << "Attorney General Alan Pember met lawyers at the KC office in London."
        << "Alan Pember//*";
    QTest::newRow("s22 names22 twin: 'A, Jr., said' with no title: no official")
        << "Ramon Villaraza, Jr., said on Monday that the plan failed."
        << "";
    QTest::newRow("s22 names22 twin: 'A, Jr., a lawyer from Cebu,': no office")
        << "Ramon Villaraza, Jr., a lawyer from Cebu, said the plan failed."
        << "";
    QTest::newRow("s22 names22 twin: a suffix-like capital word after the comma that is no suffix")
        << "Ramon Villaraza, Tokyo's guest, met the Secretary of National Defense of the Philippines."
        << "";

    // --- session 22, affil15: a readout's delegation list, "were joined by:" then a line that
    // is only a state's name heading the officials listed under it, one a line, up to the next
    // heading; not a state named in prose, nor one named in the prose after the list
    QTest::newRow("s22: a readout's delegation list: a line that is only a state's name heads the people under it")
        << "Secretary of State Marco Rubio met Thai Foreign Minister Sihasak Phuangketkeow at the Department of State. They discussed trade and the border.\nSecretary Rubio and Foreign Minister Sihasak were joined by:\nUnited States\nDeputy Secretary of State Christopher Landau\nAssistant Secretary Michael Ward\nThailand\nPermanent Secretary Eksiri Pintaruchi\nDirector-General Chatree Archananuparp\nAfter the talks, the two sides had lunch."
        << "Chatree Archananuparp//Thailand;Christopher Landau//United States;Eksiri Pintaruchi//Thailand;Marco Rubio//United States;Michael Ward//United States;Sihasak Phuangketkeow//Thailand";
    QTest::newRow("s22: a ministry's readout: the headings in capitals of the guest state and the home")
        << "Foreign Minister Sugiono received Australian Foreign Minister Penny Wong in Jakarta on Thursday. The delegations comprised:\nIndonesia\nVice Minister Arif Havas Oegroseno\nDirector General Abdul Kadir Jailani\nAustralia\nDeputy Secretary Jan Adams\nAfter the talks, the two sides signed a plan."
        << "Abdul Kadir Jailani//Indonesia;Arif Havas Oegroseno//Indonesia;Jan Adams//Australia;Penny Wong//Australia;Sugiono//Indonesia";
    QTest::newRow("s22: twin: a state's name inside a sentence heads nobody")
        << "Secretary of State Marco Rubio met Thai Foreign Minister Sihasak Phuangketkeow at the Department of State. They were joined by Deputy Secretary of State Christopher Landau and Permanent Secretary Eksiri Pintaruchi of Thailand. After the talks, the two sides had lunch."
        << "Christopher Landau//*;Eksiri Pintaruchi//Thailand;Marco Rubio//United States;Sihasak Phuangketkeow//Thailand";
    QTest::newRow("s22: twin: one named in the prose after the list is not listed under its last heading")
        << "Secretary of State Marco Rubio met Thai Foreign Minister Sihasak Phuangketkeow at the Department of State. Secretary Rubio and Foreign Minister Sihasak were joined by:\nUnited States\nDeputy Secretary of State Christopher Landau\nThailand\nPermanent Secretary Eksiri Pintaruchi\nFollowing the meeting, Assistant Secretary Kevin Kim hosted the Thai delegation for lunch."
        << "Christopher Landau//United States;Eksiri Pintaruchi//Thailand;Kevin Kim//*;Marco Rubio//United States;Sihasak Phuangketkeow//Thailand";

    // --- session 22, affil15: a city (or state) opening the sentence before a comma places the
    // official named right after it, who speaks there: "In Ottawa, Conservative leader A said";
    // not a visitor nor a posted envoy
    QTest::newRow("s22: 'In <capital>, <party> leader A said' under a dateline abroad: the capital's state")
        << "MEXICO CITY - Canadian Prime Minister Mark Carney met Mexican President Claudia Sheinbaum on Monday. In Ottawa, Conservative leader Pierre Lavoie said the trip had produced nothing. Mexico wants a deal; Mexico will sign."
        << "Claudia Sheinbaum//Mexico;Mark Carney//Canada;Pierre Lavoie//Canada";
    QTest::newRow("s22: 'In <capital>, opposition leader A told reporters' after a meeting abroad")
        << "BEIJING - Australian Prime Minister Anthony Albanese held talks with Chinese Premier Li Qiang on Tuesday. In Canberra, opposition leader Sussan Ley told reporters the visit was a mistake. China buys iron ore; China wants more."
        << "Anthony Albanese//Australia;Li Qiang//China;Sussan Ley//Australia";
    QTest::newRow("s22: 'In <city>, the spokesperson A' with a lowercase title")
        << "NEW DELHI - Bangladeshi Foreign Adviser Touhid Hossain met Indian External Affairs Minister S. Jaishankar on Friday. In Dhaka, foreign ministry spokesperson Rafiqul Alam said the talks were useful. India sells power; India wants transit."
        << "Rafiqul Alam//Bangladesh;S. Jaishankar//India;Touhid Hossain//Bangladesh";
    QTest::newRow("s22: 'In <state>, Finance Minister A said' with a state's name opening the sentence")
        << "WASHINGTON - Kenyan President William Ruto met U.S. Secretary of State Marco Rubio on Monday. In Kenya, Finance Minister John Mbadi said the deal would bring jobs. The United States wants minerals; the United States will invest."
        << "John Mbadi//Kenya;Marco Rubio//United States;William Ruto//Kenya";
    QTest::newRow("s22: 'In <capital>, the Deputy Prime Minister A' in a story without a dateline")
        << "Polish Prime Minister Donald Tusk met German Chancellor Friedrich Merz in Berlin on Monday. In Warsaw, Deputy Prime Minister Krzysztof Gawkowski said the talks were warm. Germany wants gas; Germany will pay."
        << "Donald Tusk//Poland;Friedrich Merz//Germany;Krzysztof Gawkowski//Poland";
    QTest::newRow("s22: twin: 'In <capital>, visiting Minister A said': a visitor, not the capital's")
        << "MEXICO CITY - Canadian Prime Minister Mark Carney met Mexican President Claudia Sheinbaum on Monday. In Ottawa, visiting German Minister Anna Weber said the talks were warm. Mexico wants a deal; Mexico will sign."
        << "Anna Weber//*;Claudia Sheinbaum//Mexico;Mark Carney//Canada";
    QTest::newRow("s22: twin: 'In <capital>, Ambassador A said': a posted envoy may be anyone's")
        << "MEXICO CITY - Canadian Prime Minister Mark Carney met Mexican President Claudia Sheinbaum on Monday. In Ottawa, Ambassador Ana Lopez said the talks were warm. Mexico wants a deal; Mexico will sign."
        << "Ana Lopez//*;Claudia Sheinbaum//Mexico;Mark Carney//Canada";
    QTest::newRow("s22: twin: 'In a statement, Opposition leader A said': no place opens the sentence")
        << "MEXICO CITY - Canadian Prime Minister Mark Carney met Mexican President Claudia Sheinbaum on Monday. In a statement, Senator Ricardo Anaya said the trip had produced nothing. Mexico wants a deal; Mexico will sign."
        << "Claudia Sheinbaum//Mexico;Mark Carney//Canada;Ricardo Anaya//Mexico";

    // --- session 22, affil15: the home the lead tells. A lead that tells what was said leaves
    // the meeting to the next sentence when that one tells a reception in a city; a body's
    // official received in a city that seats another body ("the World Bank's president in
    // Bridgetown") does not make it the body's meeting; a domestic meeting told after a lead
    // meeting in the home's city does not make the minister a guest
    QTest::newRow("s22: a later domestic meeting does not move the home the lead's city tells: the spokesman is of it")
        << "Iraq's Prime Minister Karim Saadi received Turkish Foreign Minister Hakan Fidan in Baghdad on Tuesday. Later, Minister of Water Resources Aoun Diab met President Abdul Latif Rashid at the palace. Government spokesman Basim Awadi said the talks went well. The Euphrates crosses Syria before reaching Iraq, and Iraq wants more water; Iraq will ask again."
        << "Abdul Latif Rashid//Iraq;Aoun Diab//*;Basim Awadi//Iraq;Hakan Fidan//Turkey;Karim Saadi//Iraq";
    QTest::newRow("s22: 'held talks with the home's vice president' in a second sentence: the spokesman is of the lead's city's state")
        << "Kenya's President William Ruto received Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. On Tuesday, Energy Minister Opiyo Wandayi held talks with Vice President Kithure Kindiki on the power line. State House spokesman Hussein Mohamed said the line would be built. The Nile runs through Sudan, and Ethiopia needs power; Ethiopia will buy it."
        << "Abiy Ahmed//Ethiopia;Hussein Mohamed//Kenya;Kithure Kindiki//Kenya;Opiyo Wandayi//Kenya;William Ruto//Kenya";
    QTest::newRow("s22: a domestic meeting at the ministry after the guest's visit")
        << "Ghana's President John Mahama received Ivorian Prime Minister Robert Beugre Mambe in Accra on Monday. Finance Minister Cassiel Ato Forson later met Vice President Jane Opoku-Agyemang at the ministry. Government spokesman Felix Kwakye Ofosu said prices would rise. The cocoa crosses Togo on its way to the port, and Ivory Coast wants better prices; Ivory Coast will sell more."
        << "Cassiel Ato Forson//Ghana;Felix Kwakye Ofosu//Ghana;Jane Opoku-Agyemang//Ghana;John Mahama//Ghana;Robert Beugre Mambe//Ivory Coast";
    QTest::newRow("s22: a lowercase title meeting the home's leader by name after the lead")
        << "Nepal's Prime Minister Sushila Karki received Indian Foreign Secretary Vikram Misri in Kathmandu on Sunday. Later, home minister Om Prakash Aryal met President Ram Chandra Paudel at Sheetal Niwas. Government spokesman Jagadish Kharel said the talks were useful. India wants roads, and India will build them."
        << "Jagadish Kharel//Nepal;Om Prakash Aryal//*;Ram Chandra Paudel//Nepal;Sushila Karki//Nepal;Vikram Misri//India";
    QTest::newRow("s22: twin: the unplaced official named in the lead meets the most named state's: the next state")
        << "Minister of Water Resources Aoun Diab met Turkish Foreign Minister Hakan Fidan in Ankara on Tuesday. Government spokesman Basim Awadi said the talks went well. Turkey wants a deal, and Turkey will release more water to Iraq."
        << "Aoun Diab//Iraq;Basim Awadi//Iraq;Hakan Fidan//Turkey";
    QTest::newRow("s22: twin: a dateline abroad: the wire files from the guest's capital")
        << "ANKARA - Iraq's Prime Minister Karim Saadi received Turkish Foreign Minister Hakan Fidan in Baghdad on Tuesday. Later, Minister of Water Resources Aoun Diab met President Abdul Latif Rashid at the palace. Government spokesman Basim Awadi said the talks went well. Turkey wants a deal, and Turkey will release more water."
        << "Abdul Latif Rashid//Iraq;Aoun Diab//Turkey;Basim Awadi//Turkey;Hakan Fidan//Turkey;Karim Saadi//Iraq";
    QTest::newRow("s22: a lead that tells what was said, then the reception in the home's city: the ministers at it are the home's")
        << "Prime Minister Mia Torres has urged IMF Managing Director Kristalina Georgieva to speed up relief for island states, as the region counts the damage in Jamaica. Georgieva was hosted by the Prime Minister at the official residence in Bridgetown on Monday. Also at the meeting were Minister of Finance Ryan Grant and Minister of Foreign Affairs Kerry Small. Jamaica's losses are high, and Jamaica wants help; Barbados offered teams."
        << "Kerry Small//Barbados;Kristalina Georgieva//-;Mia Torres//Barbados;Ryan Grant//Barbados";
    QTest::newRow("s22: 'was received by the President in <city>' in the second sentence")
        << "President Ana Ruiz has asked World Bank President Ajay Banga to double the funds for roads damaged in Honduras. Banga was received by the President at the palace in Guatemala City on Tuesday. Finance Minister Jonathan Menkos and Foreign Minister Carlos Martinez also attended. Honduras's roads are gone, and Honduras needs help; Guatemala will help."
        << "Ajay Banga//-;Ana Ruiz//Guatemala;Carlos Martinez//Guatemala;Jonathan Menkos//Guatemala";
    QTest::newRow("s22: 'welcomed ... at State House in <city>' after a lead on what was agreed")
        << "President Hassan Mwinyi says his government and the African Development Bank will build a new port. Bank president Sidi Ould Tah was welcomed by the President at State House in Zanzibar on Friday, in a meeting also attended by Finance Minister Saada Salum. Kenya and Kenya's ports compete; Kenya has Mombasa, and Tanzania agreed."
        << "Hassan Mwinyi//Tanzania;Saada Salum//Tanzania;Sidi Ould Tah//*";
    QTest::newRow("s22: a body's chief met in the city that seats his own body serves no state")
        << "President Luis Abinader said the region needs cheaper loans. He received CDB President Daniel Best at the bank's headquarters in Bridgetown on Monday. Finance Minister Jochi Vicente attended the meeting. The Dominican Republic wants loans; Barbados hosts the bank."
        << "Daniel Best//-;Jochi Vicente//*;Luis Abinader//Dominican Republic";
    QTest::newRow("s22: twin: a lead of what was said, then the home's minister meeting a foreign official abroad: no host city for the home")
        << "Trade Minister Parks Ndlovu has returned from Washington with no deal on tariffs. Ndlovu met US Trade Representative Jamieson Greer in Washington on Tuesday. Opposition leader Kelly Ward said the trip had failed. South Africa needs the deal; South Africa will try again."
        << "Jamieson Greer//United States;Kelly Ward//*;Parks Ndlovu//South Africa";
    QTest::newRow("s22: twin: a lead of what was said, then a reception abroad by the other side's leader")
        << "Prime Minister Mia Torres has urged the region to speed up relief for island states, as Jamaica counts the damage. Torres was hosted by Jamaica's Prime Minister Andrew Holness at Jamaica House in Kingston on Monday. Also at the meeting were Minister of Finance Ryan Grant and Minister of Foreign Affairs Kerry Small. Jamaica's losses are high, and Jamaica wants help; Barbados offered teams."
        << "Andrew Holness//Jamaica;Kerry Small//*;Mia Torres//Barbados;Ryan Grant//*";

    // --- session 22, affil15: the home's people at the home's meetings. Attendees named by a
    // bare office at a meeting told in a city of the host are the host's whichever of them is
    // placed first; one who meets two foreign ministers under a dateline is the dateline's,
    // not one of their sides; the source a report is attributed to ("according to spokesperson
    // A") meets nobody of the meeting he reports
    QTest::newRow("s22: attendees of a meeting told in the host's city, bare titles in apposition: the host's")
        << "President Amara Kone and Ghana's Vice President Kofi Mensah have agreed to build a road to the port that carries Ghana's cocoa. Kone received Mensah at the palace in Abidjan on Tuesday in a meeting attended by the Minister of Foreign Affairs, Leon Kacou, and the Minister of Mines, Bakary Traore. Ghana's farmers want the road; Ghana will pay half, and Ivory Coast the rest."
        << "Amara Kone//Ivory Coast;Bakary Traore//Ivory Coast;Kofi Mensah//Ghana;Leon Kacou//Ivory Coast";
    QTest::newRow("s22: attendees 'in talks joined by' in the host's capital: the host's")
        << "President Hakan Ruud and Latvia's Prime Minister Ilze Ozola agreed to link the two grids, which carry Latvia's power. Ruud hosted Ozola at the palace in Vilnius on Monday in talks joined by the Minister of Defence, Tomas Bielskis, and the Minister of Energy, Rasa Petraitiene. Latvia's farmers want power; Latvia will pay half, and Lithuania the rest."
        << "Hakan Ruud//Lithuania;Ilze Ozola//Latvia;Rasa Petraitiene//Lithuania;Tomas Bielskis//Lithuania";
    QTest::newRow("s22: attendees 'with ... in attendance' after the guest was received: the host's")
        << "President Sidi Ould Baba and Senegal's Prime Minister Ousmane Fall agreed to share the gas field that feeds Senegal's plants. Ould Baba received Fall in Nouakchott on Friday, with the Minister of Fisheries, Ahmed Salem, and the Minister of Economy, Mariem Dah, in attendance. Senegal's fishermen want quotas; Senegal will pay half, and Mauritania the rest."
        << "Ahmed Salem//Mauritania;Mariem Dah//Mauritania;Ousmane Fall//Senegal;Sidi Ould Baba//Mauritania";
    QTest::newRow("s22: twin: the guest 'accompanied by' two ministers on arrival: the guest's")
        << "President Sidi Ould Baba and Senegal's Prime Minister Ousmane Fall agreed to share the gas field that feeds Senegal's plants. Fall arrived in Nouakchott on Friday, accompanied by the Minister of Fisheries, Ahmed Salem, and the Minister of Economy, Mariem Dah. Senegal's fishermen want quotas; Senegal will pay half, and Mauritania the rest."
        << "Ahmed Salem//Senegal;Mariem Dah//Senegal;Ousmane Fall//Senegal;Sidi Ould Baba//*";
    QTest::newRow("s22: lower-case ministries of the attendees in the host's capital: the host's")
        << "President Lamin Jallow and Guinea's Prime Minister Bah Oury agreed to open the border that Guinea's traders cross. Jallow received Oury at State House in Banjul on Monday in a meeting attended by the minister of trade, Fatou Sowe, and the minister of the interior, Seyaka Sonko. Guinea's traders want roads; Guinea will pay half, and Gambia the rest."
        << "Bah Oury//Guinea;Fatou Sowe//Gambia;Lamin Jallow//Gambia;Seyaka Sonko//Gambia";
    QTest::newRow("s22: one who holds talks with two foreign ministers under his dateline is of neither: the dateline's")
        << "CAIRO - Minister of Petroleum Tarek Amin held talks on Tuesday with Greek Energy Minister Nikos Pappas and Cypriot Energy Minister Maria Ioannou on the sidelines of the summit. Greece and Cyprus want gas."
        << "Maria Ioannou//Cyprus;Nikos Pappas//Greece;Tarek Amin//Egypt";
    QTest::newRow("s22: 'met A and B' of two foreign states under a dateline: the dateline's")
        << "ANKARA - Trade Minister Elif Kaya met Azerbaijani Economy Minister Rauf Aliyev and Georgian Economy Minister Levan Kobalia on Monday to discuss the corridor. Azerbaijan and Georgia signed."
        << "Elif Kaya//Turkey;Levan Kobalia//Georgia;Rauf Aliyev//Azerbaijan";
    QTest::newRow("s22: 'hosted her Ugandan counterpart, A, and Tanzanian minister B': the dateline's")
        << "NAIROBI, March 3 - Defence Cabinet Secretary Joyce Wanjiku hosted her Ugandan counterpart, Jacob Oboth, and Tanzanian Defence Minister Stergomena Tax on Thursday. Uganda and Tanzania agreed to patrol the lake."
        << "Jacob Oboth//Uganda;Joyce Wanjiku//Kenya;Stergomena Tax//Tanzania";
    QTest::newRow("s22: twin: one 'in the presence of' whom two states meet sits on one of their sides")
        << "ATHENS - Greek Energy Minister Nikos Pappas held talks with Cypriot Energy Minister Maria Ioannou, in the presence of Deputy Minister Tarek Amin. Greece and Cyprus want gas; Cyprus will build the cable."
        << "Maria Ioannou//Cyprus;Nikos Pappas//Greece;Tarek Amin//Greece";
    QTest::newRow("s22: the source a report is attributed to ('according to spokesperson A') meets nobody: the home's")
        << "President Lee Jae Myung received Polish Defense Minister Piotr Nowak on Wednesday. National Security Adviser Kim Min-jun was also present at the meeting, according to presidential spokesperson Park Soo-ah. Poland wants tanks; Poland will pay; Poland signed."
        << "Kim Min-jun//South Korea;Lee Jae Myung//South Korea;Park Soo-ah//South Korea;Piotr Nowak//Poland";
    QTest::newRow("s22: 'sat in on the talks, according to State House spokesman A': the home's")
        << "President William Ruto hosted Ugandan President Yoweri Museveni at State House on Monday. Cabinet Secretary Jane Achieng sat in on the talks, according to State House spokesman Hussein Mohamed. Uganda wants the pipeline; Uganda will pay; Uganda signed."
        << "Hussein Mohamed//Kenya;Jane Achieng//Kenya;William Ruto//Kenya;Yoweri Museveni//Uganda";
    QTest::newRow("s22: 'according to a statement by presidency spokesperson A': the home's")
        << "President Cyril Ramaphosa met Mozambican President Daniel Chapo in Pretoria on Friday. Minister in the Presidency Khumbudzo Ntshavheni joined the meeting, according to a statement by presidency spokesperson Vincent Magwenya. Mozambique wants power; Mozambique will pay; Mozambique signed."
        << "Cyril Ramaphosa//South Africa;Daniel Chapo//Mozambique;Khumbudzo Ntshavheni//South Africa;Vincent Magwenya//South Africa";
    QTest::newRow("s22: 'according to' after an attendee who met the guest's envoy: the source is still the home's")
        << "President Cyril Ramaphosa met Mozambican President Daniel Chapo in Pretoria on Friday. Minister in the Presidency Khumbudzo Ntshavheni joined the meeting and met Mozambican envoy Paulo Cossa, according to a statement by presidency spokesperson Vincent Magwenya. Mozambique wants power; Mozambique will pay; Mozambique signed."
        << "Cyril Ramaphosa//South Africa;Daniel Chapo//Mozambique;Khumbudzo Ntshavheni//South Africa;Paulo Cossa//Mozambique;Vincent Magwenya//South Africa";
    QTest::newRow("s22: twin: 'spokesperson A said' after a meeting of the home's adviser with the guest's envoy")
        << "President Lee Jae Myung received Polish Defense Minister Piotr Nowak on Wednesday. National Security Adviser Kim Min-jun met Polish envoy Marek Lis at the meeting, spokesperson Park Soo-ah said. Poland wants tanks; Poland will pay; Poland signed."
        << "Kim Min-jun//South Korea;Lee Jae Myung//South Korea;Marek Lis//Poland;Park Soo-ah//South Korea;Piotr Nowak//Poland";
    QTest::newRow("s22: twin: a dateline places the source and the attendee alike")
        << "SEOUL - Polish Defense Minister Piotr Nowak paid a courtesy call on President Lee Jae Myung on Wednesday. Chief of Staff Kim Min-jun sat in on the talks, according to a statement by presidential spokesperson Park Soo-ah. Poland wants tanks; Poland will pay; Poland signed."
        << "Kim Min-jun//South Korea;Lee Jae Myung//South Korea;Park Soo-ah//South Korea;Piotr Nowak//Poland";
    // --- session 22, names15: the charge an office holds after it ("A, the minister responsible
    // for X,", "charged with", "tasked with", "in charge of"), its field in any case up to the
    // appositive's comma or the sentence's end; twins: the same charge held by no office
    QTest::newRow("s22: 'the minister responsible for' a field with a hyphenated pair of states")
        << "Kenyan President Sam Otieno met Dina Farouk, the minister responsible for Egypt-Sudan trade, in Cairo."
        << "Sam Otieno/President/Kenya;Dina Farouk/Minister/*";
    QTest::newRow("s22 twin: an architect responsible for a stadium")
        << "Kenyan President Sam Otieno met Dina Farouk, the architect responsible for the new stadium, in Cairo."
        << "Sam Otieno/President/Kenya";
    QTest::newRow("s22: a deputy minister responsible for a field in capitals, at the sentence's end")
        << "Also present was Peter Lang, the deputy minister responsible for European Union affairs."
        << "Peter Lang/Deputy Minister/*";
    QTest::newRow("s22 twin: an engineer responsible for projects")
        << "Also present was Peter Lang, the engineer responsible for European Union projects."
        << "";
    QTest::newRow("s22: a vice minister charged with relations, the list going on")
        << "The talks were joined by Mei Tanaka, the vice minister charged with relations with Southeast Asia, and other officials."
        << "Mei Tanaka/Vice Minister/*";
    QTest::newRow("s22 twin: a researcher charged with the same")
        << "The talks were joined by Mei Tanaka, the researcher charged with relations with Southeast Asia, and other officials."
        << "";
    QTest::newRow("s22: a minister responsible for a trade of two states, an abbreviation in it")
        << "The Canadian side included Tom Reid, the minister responsible for Canada-U.S. trade."
        << "Tom Reid/Minister/*";
    QTest::newRow("s22 twin: a lawyer responsible for the same")
        << "The Canadian side included Tom Reid, the lawyer responsible for Canada-U.S. trade."
        << "";
    QTest::newRow("s22: a secretary of state tasked with an agenda, then the verb")
        << "Ana Costa, the secretary of state tasked with the Lusophone agenda, said the summit went well."
        << "Ana Costa/Secretary of State/*";
    QTest::newRow("s22 twin: a journalist tasked with the same")
        << "Ana Costa, the journalist tasked with the Lusophone agenda, said the summit went well."
        << "";
    QTest::newRow("s22: a Minister in charge of a field in capitals, a relative clause after")
        << "Joining them was Ravi Menon, the Minister in charge of Trade Relations, who flew in from Singapore."
        << "Ravi Menon/Minister/*";
    QTest::newRow("s22 twin: a manager in charge of the same")
        << "Joining them was Ravi Menon, the manager in charge of Trade Relations, who flew in from Singapore."
        << "";
    // --- session 22, names15: a former holder named through "predecessor" beside a possessive
    // ("his predecessor A", "X's predecessor, A,", "A, her predecessor,") is an official of the
    // past, of the possessor's office and state when the text named him; twins: no possessive,
    // or a predecessor of no office
    QTest::newRow("s22: 'X's predecessor, A B,' takes X's office and state")
        << "Chilean President Rafael Soto spoke on Monday. Soto's predecessor, Miguel Fuentes, said the deal was fair."
        << "Rafael Soto/President/Chile;Miguel Fuentes/former President/Chile";
    QTest::newRow("s22: 'A B, her predecessor,' after the possessor")
        << "Peruvian Foreign Minister Ana Quispe spoke on Monday. Carla Mendez, her predecessor, said the deal was fair."
        << "Ana Quispe/Foreign Minister/Peru;Carla Mendez//*";
    QTest::newRow("s22: 'his predecessor A B' at the sentence's start")
        << "Kenyan President Sam Otieno flew to Kampala. His predecessor John Kamau had made the same trip in 2019."
        << "Sam Otieno/President/Kenya;John Kamau//*";
    QTest::newRow("s22 twin: a predecessor with no possessive, a thing")
        << "Kenyan President Sam Otieno flew to Kampala. The predecessor John Kamau Airport was closed in 2019."
        << "Sam Otieno/President/Kenya";
    QTest::newRow("s22 twin: a named person beside 'predecessor' of no possessive")
        << "Kenyan President Sam Otieno flew to Kampala. John Kamau wrote a book about a predecessor."
        << "Sam Otieno/President/Kenya";

    // --- session 22, names15: a seat in parliament is a state's office whatever the party (an
    // armed movement's MP too); the movement's spokesman, commander or other voice is none, nor
    // an armed opposition movement's named by its hyphenated acronym
    QTest::newRow("s22: an armed movement's MP in an appositive")
        << "\"We will not back down,\" said Hassan Karimi, a Hezbollah MP."
        << "Hassan Karimi/MP/*";
    QTest::newRow("s22 twin: the movement's spokesman in an appositive")
        << "\"We will not back down,\" said Hassan Karimi, a Hezbollah spokesman."
        << "";
    QTest::newRow("s22: an armed movement's lawmaker before the name")
        << "Hezbollah lawmaker Ali Mousawi told reporters the group would not disarm."
        << "Ali Mousawi/Lawmaker/*";
    QTest::newRow("s22 twin: the movement's spokesman before the name")
        << "Hezbollah spokesman Ali Mousawi told reporters the group would not disarm."
        << "";
    QTest::newRow("s22: an armed opposition movement's hyphenated acronym, its spokesperson")
        << "SPLM-IO spokesperson Gatluak Deng said the opposition welcomed the oil deal."
        << "";
    QTest::newRow("s22 twin: the government's spokesperson")
        << "Government spokesperson Gatluak Deng said the government welcomed the oil deal."
        << "Gatluak Deng/Spokesperson/*";
    QTest::newRow("s22: another armed movement's spokesman")
        << "JEM spokesman Ahmed Tugod said the movement would attend the talks in Doha."
        << "";
    QTest::newRow("s22 twin: a ministry's spokesman")
        << "Foreign Ministry spokesman Ahmed Tugod said the ministry would attend the talks in Doha."
        << "Ahmed Tugod/Spokesman/*";

    // --- session 21, officials14: an appositive office whose complement names a body, read to
    // its comma ("A, director of the X government's Office for Y,", "B, Head of the Z Department
    // at the IMF,"); twins: a generic head of a field at a body, a research body, no body at all
    QTest::newRow("s21: appositive, a government's office after a demonym's possessive")
        << "Kenyan Trade Minister Farida Noor met Tomas Varga, director of the Hungarian government's Office for Minority Affairs, in Budapest on Tuesday."
        << "Farida Noor/Trade Minister/Kenya;Tomas Varga/Director/Hungary";
    QTest::newRow("s21 twin: a generic head of a field at a forum")
        << "Kenyan Trade Minister Farida Noor met Tomas Varga, director for Central Europe at the Danube Policy Forum, in Budapest on Tuesday."
        << "Farida Noor/Trade Minister/Kenya";
    QTest::newRow("s21: appositive, a department at an organisation, its acronym in brackets")
        << "Finance Minister Leila Haddad held a video call with Marco Ruiz, Head of the Western Hemisphere Department at the International Monetary Fund (IMF), on Friday."
        << "Leila Haddad/Finance Minister/*;Marco Ruiz/Head/-";
    QTest::newRow("s21 twin: the head of a research centre at a university")
        << "Finance Minister Leila Haddad held a video call with Marco Ruiz, head of the Latin America Studies Centre at the University of Lima, on Friday."
        << "Leila Haddad/Finance Minister/*";
    QTest::newRow("s21: appositive at the sentence's end, a ministry's department")
        << "Zambian Foreign Minister Mulambo Haimbe also saw Chen Hao, deputy director of the Chinese foreign ministry's Department of African Affairs."
        << "Mulambo Haimbe/Foreign Minister/Zambia;Chen Hao/Deputy Director/China";
    QTest::newRow("s21 twin: a director of a film, no body")
        << "Zambian Foreign Minister Mulambo Haimbe also saw Chen Hao, director of the film that opened the festival."
        << "Mulambo Haimbe/Foreign Minister/Zambia";
    QTest::newRow("s21: appositive, a directorate at a lower-case presidential administration")
        << "Belarusian Deputy Prime Minister Oleg Ivanov met Pavel Sokolov, head of the Directorate for Regional Ties at the Russian presidential administration."
        << "Oleg Ivanov/Deputy Prime Minister/Belarus;Pavel Sokolov/Head/Russia";
    QTest::newRow("s21 twin: head of research at a bank, in lower case")
        << "Belarusian Deputy Prime Minister Oleg Ivanov met Pavel Sokolov, head of research at a Moscow bank."
        << "Oleg Ivanov/Deputy Prime Minister/Belarus";
    QTest::newRow("s21: a state's body whose name runs across 'and'")
        << "Somali Transport Minister Abdi Warsame received Hassan Dirie, chairman of the Kenya Ports and Inland Waterways Authority, in Mogadishu."
        << "Abdi Warsame//Somalia;Hassan Dirie/Chairman/Kenya";
    QTest::newRow("s21: a state's firm after 'of', its head noun a firm's")
        << "Energy Minister Kofi Asante met Ama Owusu, Chairperson of the Board of the Ghana Grid Company, in Accra."
        << "Kofi Asante/Energy Minister/Ghana;Ama Owusu//Ghana";
    QTest::newRow("s21 twin: the chair of a research institute's board")
        << "Energy Minister Kofi Asante met Ama Owusu, Chairperson of the Board of the Ghana Institute of Energy Studies, in Accra."
        << "Kofi Asante/Energy Minister/Ghana";
    // --- session 21, officials14: titles before the name in lower case with fields joined by
    // "and" or commas, "the <title>, <Name>", an unknown field after "and", a body named with no
    // "of"; twins: the same titles with no name after them
    QTest::newRow("s21: 'the minister of <fields joined by and>, Name'")
        << "The talks were joined by the minister of higher education and research, Amara Diallo, and the mayor."
        << "Amara Diallo/Minister/*";
    QTest::newRow("s21 twin: the same office, no name")
        << "The talks were joined by the minister of higher education and research and the mayor."
        << "";
    QTest::newRow("s21: lower-case fields in an enumeration, the name at once")
        << "Guests included minister of lands, water and sanitation Joseph Kamau."
        << "Joseph Kamau/Minister/*";
    QTest::newRow("s21: two lower-case fields after 'for', the name at once")
        << "Guests included minister for lands and water Joseph Kamau."
        << "Joseph Kamau/Minister/*";
    QTest::newRow("s21: two offices in lower case, the second with fields")
        << "The envoy later met deputy prime minister and minister of mines and energy Tomas Haufiku at his ministry."
        << "Tomas Haufiku/Deputy Prime Minister and Minister/*";
    QTest::newRow("s21: a known office in lower case whose fields go on after a comma")
        << "Talks were attended by the deputy minister of trade, industry and competition, Zuko Mbeki."
        << "Zuko Mbeki//*";
    QTest::newRow("s21: the same, the name at once")
        << "The delegation included deputy minister of trade, industry and competition Zuko Mbeki and others."
        << "Zuko Mbeki//*";
    QTest::newRow("s21 twin: a relative clause after the office's comma")
        << "Talks were attended by the deputy minister of trade, who flew in from Pretoria."
        << "";
    QTest::newRow("s21 twin: other people after the office's comma")
        << "Talks were attended by the minister of trade, industry chiefs and bankers."
        << "";
    QTest::newRow("s21: an unknown field after 'and', the comma and the name")
        << "The visitor was welcomed by the Minister of State for Western Province Affairs and Resettlement, Peter Banda."
        << "Peter Banda/Minister of State/*";
    QTest::newRow("s21 twin: the same office, then a verb")
        << "The visitor was welcomed by the Minister of State for Western Province Affairs and then toured the port."
        << "";
    QTest::newRow("s21: a body named after the title with no 'of', its acronym")
        << "Chairman Securities and Exchange Commission of Pakistan (SECP) Akif Saeed attended the talks."
        << "Akif Saeed/Chairman/Pakistan";
    QTest::newRow("s21: a central bank named after the title with no 'of'")
        << "Governor Central Bank of Kenya Kamau Thugge attended the talks."
        << "Kamau Thugge/Governor/Kenya";
    QTest::newRow("s21 twin: the governor of the bank, no name")
        << "The Governor of the Central Bank of Kenya attended the talks."
        << "";

    // --- session 21, officials14: a seat's one-word title between an office and the name
    // ("Finance Minister Senator A B") is no office of its own; the office names him
    QTest::newRow("s21: 'Senator' between a minister's office and the name")
        << "Federal Minister for Finance and Revenue Senator Asif Mahmood met the IMF mission in Islamabad."
        << "Asif Mahmood/Finance Minister/*";
    QTest::newRow("s21: 'Senator' after two coordinated offices")
        << "Deputy Prime Minister and Foreign Minister Senator Tariq Rana received the envoy."
        << "Tariq Rana/Deputy Prime Minister and Foreign Minister/*";
    QTest::newRow("s21: 'Ambassador' after the office's comma is a rank")
        << "The session was attended by Nigeria's Minister of Foreign Affairs, Ambassador Musa Bello, and his Ghanaian counterpart, Kofi Boadu."
        << "Musa Bello/Foreign Minister/Nigeria;Kofi Boadu/Foreign Minister/Ghana";
    QTest::newRow("s21: 'Senator' after the office's comma is a rank")
        << "The session was attended by the Minister of Finance, Senator Wale Adeyemi, on Monday."
        << "Wale Adeyemi/Finance Minister/*";
    QTest::newRow("s21 twin: a second office after the comma")
        << "The session was attended by the Minister of Finance, Special Envoy Wale Adeyemi, on Monday."
        << "Wale Adeyemi//*";
    QTest::newRow("s21 twin: the seat alone before the name")
        << "Senator Tariq Rana received the envoy."
        << "Tariq Rana/Senator/*";
    QTest::newRow("s21 twin: a chamber's speaker after its name")
        << "The envoy met House of Representatives Speaker Tariq Rana in Tripoli."
        << "Tariq Rana/Speaker/*";

    QTest::newRow("s21: a portfolio's field, then a three-word name")
        << "Federal Minister for Railways Muhammad Tariq Abbasi was also present."
        << "Muhammad Tariq Abbasi/Minister/*";
    QTest::newRow("s21 twin: an unknown two-word field, then a two-word name")
        << "Minister for Economic Revitalization Kenji Morita was also present."
        << "Kenji Morita//*";

    // --- session 21, officials14: a counterpart of one named with an honorific takes the office
    // the article gave that one before
    QTest::newRow("s21: 'Mr A held talks with his counterpart, Mr B' after A's office")
        << "Ghanaian Foreign Minister Kofi Boadu arrived in Abidjan on Monday. Mr Boadu held talks with his Ivorian counterpart, Mr Yao Kouassi, at the ministry."
        << "Kofi Boadu/Foreign Minister/Ghana;Yao Kouassi/Foreign Minister/Ivory Coast";
    QTest::newRow("s21 twin: the owner's office in the same sentence")
        << "Ghanaian Trade Minister Kofi Boadu held talks with his Ivorian counterpart, Mr Yao Kouassi, at the ministry."
        << "Kofi Boadu/Trade Minister/Ghana;Yao Kouassi/Trade Minister/Ivory Coast";

    // --- session 21, officials14: who is no official: a party's spokesperson, one of a research
    // body after the name; a post no title lists ends the title, not opens the name
    QTest::newRow("s21: an alliance's spokesperson")
        << "\"The price is too high,\" Unity Alliance spokesperson Grace Phiri said on Monday."
        << "";
    QTest::newRow("s21 twin: the government's spokesperson")
        << "\"The price is too high,\" government spokesperson Grace Phiri said on Monday."
        << "Grace Phiri/Spokesperson/*";
    QTest::newRow("s21: a movement's spokesman after a plural's apostrophe")
        << "\"We were ignored,\" Farmers' Rights Movement spokesman Tobias Nangolo told reporters in Windhoek."
        << "";
    QTest::newRow("s21 twin: a ministry's spokesman")
        << "\"We were ignored,\" Foreign Ministry spokesman Tobias Nangolo told reporters in Windhoek."
        << "Tobias Nangolo/Spokesman/*";
    QTest::newRow("s21: a party's spokeswoman")
        << "Green Party spokeswoman Lisa Berg called the deal a sellout."
        << "";
    QTest::newRow("s21 twin: the opposition's spokeswoman on a portfolio")
        << "Opposition health spokeswoman Lisa Berg called the deal a sellout."
        << "Lisa Berg/Spokeswoman/*";
    QTest::newRow("s21: a party's spokesperson in an appositive, 'for' the party")
        << "Raphael Tembo, spokesperson for the Patriotic Front party, said the deal was rushed."
        << "";
    QTest::newRow("s21: a spokesman for an opposition party")
        << "Raphael Tembo, a spokesman for the opposition United Party for National Development, said the deal was rushed."
        << "";
    QTest::newRow("s21: the party's possessive before the spokesperson")
        << "The Patriotic Front's spokesperson, Raphael Tembo, said the deal was rushed."
        << "";
    QTest::newRow("s21 twin: a ministry's spokesperson in an appositive")
        << "Raphael Tembo, spokesperson for the Ministry of Foreign Affairs, said the deal was good."
        << "Raphael Tembo/Spokesperson/*";
    QTest::newRow("s21 twin: the party's leader is an official")
        << "Raphael Tembo, leader of the Patriotic Front, said the deal was rushed."
        << "Raphael Tembo/Leader/*";
    QTest::newRow("s21: an office held in a chamber, the comma and the name")
        << "The Popular Party rejected the plan. Its spokesperson in Congress, Elena Ruiz, said the agreements were propaganda."
        << "Elena Ruiz/Spokesperson/*";
    QTest::newRow("s21: the opposition's leader in the Senate, the comma and the name")
        << "The opposition leader in the Senate, Paulo Matos, said the plan was late."
        << "Paulo Matos//*";
    QTest::newRow("s21 twin: an office in a city is no chamber")
        << "The minister in Lusaka, Ali Musa, said the plan was late."
        << "";
    QTest::newRow("s21: a doctor of a university after the name")
        << "Analyst Dr Peter Mulenga of the University of Lusaka said the railway would take years."
        << "";
    QTest::newRow("s21 twin: a minister of a state after the name")
        << "Health Minister Dr Peter Mulenga of Zambia said the railway would take years."
        << "Peter Mulenga/Health Minister/Zambia";
    QTest::newRow("s21: a professor of an institute after the name")
        << "Professor Anna Moyo of the Institute of Peace Studies said the talks were overdue."
        << "";
    QTest::newRow("s21 twin: the professor is the health minister")
        << "Professor Anna Moyo, the health minister, said the talks were overdue."
        << "Anna Moyo/Health Minister/*";
    QTest::newRow("s21: a field and a post no title lists end the title")
        << "The talks were confirmed by Chief Information Officer Tendai Moyo of the Zimbabwean presidency."
        << "Tendai Moyo/Chief Information Officer/Zimbabwe";
    QTest::newRow("s21 twin: a listed office, the name at once")
        << "The talks were confirmed by Chief Secretary Tendai Moyo of the Zimbabwean presidency."
        << "Tendai Moyo/Chief Secretary/Zimbabwe";

    // --- session 21, officials14: post-nominal letters of a seat ("A B TD", "C D MSP") are an
    // office after the name, never a word of it; the title before the name keeps its own
    QTest::newRow("s21: a party leader's name, then TD")
        << "Green Party leader Niamh Kelly TD said the summit was a missed chance."
        << "Niamh Kelly/Leader and TD/Ireland";
    QTest::newRow("s21 twin: the same leader with no letters")
        << "Green Party leader Niamh Kelly said the summit was a missed chance."
        << "Niamh Kelly/Leader/*";
    QTest::newRow("s21: a deputy leader, then MLA")
        << "Opposition deputy leader Ruth Okafor MLA said the budget ignored the north."
        << "Ruth Okafor/Deputy Leader and MLA/*";
    QTest::newRow("s21: TD before the name")
        << "Independent TD Catherine Nolan said the talks were overdue."
        << "Catherine Nolan/TD/Ireland";
    QTest::newRow("s21: a name, then MSP, no title before")
        << "The plan was backed by Gordon Fraser MSP at Holyrood on Thursday."
        << "Gordon Fraser/MSP/*";
    QTest::newRow("s21 twin: a farmer in an appositive")
        << "The plan was backed by Gordon Fraser, a farmer, at a meeting on Thursday."
        << "";
    QTest::newRow("s21: a name, then TD, the sentence's subject")
        << "Brian Walsh TD called the deal a start."
        << "Brian Walsh/TD/Ireland";

    // --- session 21, officials14: capitalised words of a body's name after a title are no
    // person ("the Official Creditor Committee", "the Power Producers' Association"); twins: a
    // person's name after the same title
    QTest::newRow("s21: 'Official' opens a committee's name")
        << "Ghana co-chaired the Official Creditor Committee with France, Finance Minister Kwame Mensah said."
        << "Kwame Mensah/Finance Minister/Ghana";
    QTest::newRow("s21 twin: a senior official named")
        << "Ghana co-chaired the talks with France and senior official Ama Kufuor, Finance Minister Kwame Mensah said."
        << "Kwame Mensah/Finance Minister/Ghana;Ama Kufuor//*";
    QTest::newRow("s21: an association's name after a president's 'of', a plural's apostrophe")
        << "\"We need a tariff,\" said Juma Oloo, president of the Independent Power Producers' Association. Energy Minister Ruth Mwale did not reply."
        << "Ruth Mwale/Energy Minister/*";
    QTest::newRow("s21: a body's name runs from a one-word 'name' across 'and'")
        << "The Ports Minister of Somalia, Abdi Warsame, praised the Official Ports and Free Zones Authority."
        << "Abdi Warsame//Somalia";
    QTest::newRow("s21: a 'name' after a title that ends on a body's head noun")
        << "Kenyan Foreign Minister Amina Yusuf met the Ambassador Coordinators Group in Brussels."
        << "Amina Yusuf/Foreign Minister/Kenya";
    QTest::newRow("s21 twin: a family name that is a body's head noun too")
        << "Kenyan Foreign Minister Amina Yusuf met Somali Ambassador Ahmed Bank in Brussels."
        << "Amina Yusuf/Foreign Minister/Kenya;Ahmed Bank/Ambassador/Somalia";
    QTest::newRow("s21: a plural title's council")
        << "Indian Home Minister Rajiv Menon addressed the Chief Ministers' Council in Delhi."
        << "Rajiv Menon/Home Minister/India";
    QTest::newRow("s21 twin: a chief minister named")
        << "Indian Home Minister Rajiv Menon addressed Chief Minister Anil Rao in Delhi."
        << "Rajiv Menon/Home Minister/India;Anil Rao/Chief Minister/India";
    // --- session 21, affil14: one office in the plural before a list of two names ("the foreign
    // ministers, A and B", "interior ministers C and D", "their finance ministers"): one holder
    // for each side; the partner the text places tells the other's side, else the order in which
    // the sentence (or the one before) names the two sides
    QTest::newRow("s21: 'the foreign ministers, A and B', A known: B is the guest's")
        << "On Tuesday the Italian prime minister, Giorgia Meloni, hosted the Tunisian president, Kais Saied, in Rome, with the foreign ministers, Antonio Tajani and Nabil Ammar, joining the talks."
        << "Giorgia Meloni/Prime Minister/Italy;Kais Saied/President/Tunisia;Antonio Tajani/Foreign Minister/Italy;Nabil Ammar/Foreign Minister/Tunisia";
    QTest::newRow("s21 twin: 'two Italian ministers, A and B': one side")
        << "On Tuesday the Italian prime minister, Giorgia Meloni, hosted the Tunisian president, Kais Saied, in Rome, with two Italian ministers, Antonio Tajani and Nabil Ammar, joining the talks."
        << "Giorgia Meloni/Prime Minister/Italy;Kais Saied/President/Tunisia;Antonio Tajani/Minister/Italy;Nabil Ammar/Minister/Italy";
    QTest::newRow("s21: 'their finance ministers, A and B': the order of the sides")
        << "Brazilian President Luiz Inácio Lula da Silva received Argentine President Javier Milei in Brasilia on Friday; their finance ministers, Ana Souza and Pablo Quiroga, also met."
        << "Luiz Inácio Lula da Silva/President/Brazil;Javier Milei/President/Argentina;Ana Souza/Finance Minister/Brazil;Pablo Quiroga/Finance Minister/Argentina";
    QTest::newRow("s21 twin: 'accompanied by finance ministers A and B': a retinue")
        << "Brazilian President Luiz Inácio Lula da Silva, accompanied by finance ministers Ana Souza and Pablo Quiroga, received Argentine President Javier Milei in Brasilia on Friday."
        << "Luiz Inácio Lula da Silva/President/Brazil;Javier Milei/President/Argentina;Ana Souza/Finance Minister/Brazil;Pablo Quiroga/Finance Minister/Brazil";
    QTest::newRow("s21: the pair in the sentence after the meeting of the two leaders")
        << "Polish Prime Minister Donald Tusk hosted Lithuanian President Gitanas Nausėda in Warsaw on Monday. The defence ministers, Marek Nowicki and Dovile Sakaliene, signed a plan for the shared border."
        << "Donald Tusk/Prime Minister/Poland;Gitanas Nausėda/President/Lithuania;Marek Nowicki/Defense Minister/Poland;Dovile Sakaliene/Defense Minister/Lithuania";
    QTest::newRow("s21 twin: 'the Polish defence ministers': the state written on the office")
        << "Polish Prime Minister Donald Tusk hosted Lithuanian President Gitanas Nausėda in Warsaw on Monday. The Polish defence ministers, Marek Nowicki and Dovile Sakaliene, signed a plan for the shared border."
        << "Donald Tusk/Prime Minister/Poland;Gitanas Nausėda/President/Lithuania;Marek Nowicki/Defense Minister/Poland;Dovile Sakaliene/Defense Minister/Poland";
    QTest::newRow("s21: lowercase 'interior ministers A and B' with no article or comma")
        << "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday, and interior ministers Kipchumba Murkomen and Kahinda Otafiire agreed to open two border posts."
        << "William Ruto/President/Kenya;Yoweri Museveni/President/Uganda;Kipchumba Murkomen/Interior Minister/Kenya;Kahinda Otafiire/Interior Minister/Uganda";
    QTest::newRow("s21 twin: 'ministers A and B': a generic plural is one side")
        << "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday, and ministers Kipchumba Murkomen and Kahinda Otafiire agreed to open two border posts."
        << "William Ruto/President/Kenya;Yoweri Museveni/President/Uganda;Kipchumba Murkomen/Minister/Kenya;Kahinda Otafiire/Minister/Kenya";
    QTest::newRow("s21: the pair alone in its sentence, the partner known: not his state")
        << "The foreign ministers, Antonio Tajani and Nabil Ammar, will meet in Rome next week, Italy and Tunisia said."
        << "Antonio Tajani/Foreign Minister/Italy;Nabil Ammar/Foreign Minister/Tunisia";
    QTest::newRow("s21 twin: a domestic story, no two sides")
        << "President William Ruto chaired a cabinet meeting in Nairobi on Monday, and the former interior ministers, Kipchumba Murkomen and Kahinda Otafiire, were praised."
        << "William Ruto/President/Kenya;Kipchumba Murkomen//Kenya;Kahinda Otafiire//Kenya";
    QTest::newRow("s21: two pairs of offices in one list, in the order of the sides")
        << "Chancellor Friedrich Merz received French President Emmanuel Macron in Berlin on Friday; the finance ministers, Lars Klingbeil and Eric Lombard, and the defence ministers, Boris Pistorius and Sebastien Lecornu, took part in the second session."
        << "Friedrich Merz/Chancellor/Germany;Emmanuel Macron/President/France;Lars Klingbeil/Finance Minister/Germany;Eric Lombard/Finance Minister/France;Boris Pistorius/Defense Minister/Germany;Sebastien Lecornu/Defense Minister/France";
    QTest::newRow("s21 twin: three names under the plural office: no pairing")
        << "Chancellor Friedrich Merz received French President Emmanuel Macron in Berlin on Friday, and Merz was joined by the ministers Lars Klingbeil, Katherina Reiche and Boris Pistorius."
        << "Friedrich Merz/Chancellor/Germany;Emmanuel Macron/President/France;Lars Klingbeil//Germany;Katherina Reiche//Germany;Boris Pistorius//Germany";

    // --- session 21, affil14: the office of a state's region or city (regions.tsv, a state's
    // places) serves that state, in a story about another one: "the president of the Canary
    // Islands, A", "Canary Islands regional president B", "the premier of Queensland, C"
    QTest::newRow("s21: 'the president of <region>, A' in a story of two states")
        << "MADRID - Spanish Prime Minister Pedro Sánchez met Mauritanian President Mohamed Ould Ghazouani on Wednesday. On Thursday Sánchez held talks with the president of the Canary Islands, Fernando Clavijo, on funding. Mauritania and Mauritania's partners were pleased; Mauritania agreed."
        << "Pedro Sánchez/Prime Minister/Spain;Mohamed Ould Ghazouani/President/Mauritania;Fernando Clavijo/President/Spain";
    QTest::newRow("s21 twin: 'the president of the Mauritanian Senate, A'")
        << "MADRID - Spanish Prime Minister Pedro Sánchez met Mauritanian President Mohamed Ould Ghazouani on Wednesday. On Thursday Ghazouani held talks with the president of the Mauritanian Senate, Fernando Clavijo, on funding. Mauritania and Mauritania's partners were pleased; Mauritania agreed."
        << "Pedro Sánchez/Prime Minister/Spain;Mohamed Ould Ghazouani/President/Mauritania;Fernando Clavijo/President/Mauritania";
    QTest::newRow("s21: '<region> regional president A'")
        << "MADRID - Spanish Prime Minister Pedro Sánchez met Mauritanian President Mohamed Ould Ghazouani on Wednesday. On Thursday Sánchez held talks with Canary Islands regional president Fernando Clavijo on funding. Mauritania and Mauritania's partners were pleased; Mauritania agreed."
        << "Pedro Sánchez/Prime Minister/Spain;Mohamed Ould Ghazouani/President/Mauritania;Fernando Clavijo/President/Spain";
    QTest::newRow("s21 twin: 'the regional president, A' names no region")
        << "MADRID - Spanish Prime Minister Pedro Sánchez met Mauritanian President Mohamed Ould Ghazouani on Wednesday. On Thursday Sánchez held talks with the regional president, Fernando Clavijo, on funding. Mauritania and Mauritania's partners were pleased; Mauritania agreed."
        << "Pedro Sánchez/Prime Minister/Spain;Mohamed Ould Ghazouani/President/Mauritania;Fernando Clavijo/President/*";
    QTest::newRow("s21: 'the premier of <state of a federation>, A' received abroad")
        << "TOKYO - Japanese Prime Minister Sanae Takaichi received the premier of Queensland, David Crisafulli, on Tuesday to discuss hydrogen exports. Japan and Japan's partners listened; Japan agreed."
        << "Sanae Takaichi/Prime Minister/Japan;David Crisafulli/Premier/Australia";
    QTest::newRow("s21 twin: the region praised, a bare 'premier A' after it")
        << "TOKYO - Japanese Prime Minister Sanae Takaichi praised Queensland on Tuesday, and premier David Crisafulli thanked her. Japan and Japan's partners listened; Japan agreed."
        << "Sanae Takaichi/Prime Minister/Japan;David Crisafulli/Premier/Japan";
    QTest::newRow("s21: '<republic of a federation> regional head A' received abroad")
        << "ANKARA - Turkish President Recep Tayyip Erdogan received Tatarstan regional head Rustam Minnikhanov on Monday. Turkey and Turkey's partners listened; Turkey agreed."
        << "Recep Tayyip Erdogan/President/Turkey;Rustam Minnikhanov/Head/Russia";
    QTest::newRow("s21 twin: 'regional head A' with no region")
        << "ANKARA - Turkish President Recep Tayyip Erdogan received regional head Rustam Minnikhanov on Monday. Turkey and Turkey's partners listened; Turkey agreed."
        << "Recep Tayyip Erdogan/President/Turkey;Rustam Minnikhanov/Head/Turkey";
    QTest::newRow("s21: '<state of a federation> Governor A' meets a foreign president at home")
        << "MEXICO CITY - California Governor Gavin Newsom met Mexican President Claudia Sheinbaum on Friday to talk about water. Mexico and Mexico's partners listened; Mexico agreed."
        << "Gavin Newsom/Governor/United States;Claudia Sheinbaum/President/Mexico";
    QTest::newRow("s21: '<province> Premier A' joins his prime minister abroad")
        << "WASHINGTON - US President Donald Trump hosted Canadian Prime Minister Mark Carney at the White House on Monday. Ontario Premier Doug Ford, who joined the talks, said tariffs were hurting both countries."
        << "Donald Trump/President/United States;Mark Carney/Prime Minister/Canada;Doug Ford/Premier/Canada";

    // --- session 21, affil14: the host of an arrival: the agent of a welcome ("was greeted at
    // the airport by B") in a sentence that tells an arrival in a state serves that state; the
    // wire's own leader, named by a bare title, meets the other state's in the sentences after
    // the one naming him, so the home is the next state; "called on the Government to" meets
    // nobody
    QTest::newRow("s21: 'arrived in <state> and was greeted at the airport by B'")
        << "Trinidad and Tobago Prime Minister Kamla Persad-Bissessar arrived in Guyana on Thursday and was greeted at the airport by Prime Minister Mark Phillips. Guyana and Guyana's partners listened; Guyana agreed."
        << "Kamla Persad-Bissessar/Prime Minister/Trinidad and Tobago;Mark Phillips/Prime Minister/Guyana";
    QTest::newRow("s21: 'landed in <city> and was welcomed by B'")
        << "Japanese Foreign Minister Toshimitsu Motegi landed in Colombo on Sunday night and was welcomed by Deputy Minister Arun Hemachandra. Japan and Japan's partners listened; Japan agreed."
        << "Toshimitsu Motegi/Foreign Minister/Japan;Arun Hemachandra/Deputy Minister/Sri Lanka";
    QTest::newRow("s21 twin: 'landed in <city>, accompanied by B': the guest's own")
        << "Japanese Foreign Minister Toshimitsu Motegi landed in Colombo on Sunday night, accompanied by Deputy Minister Arun Hemachandra. Japan and Japan's partners listened; Japan agreed."
        << "Toshimitsu Motegi/Foreign Minister/Japan;Arun Hemachandra/Deputy Minister/Japan";
    QTest::newRow("s21: 'flew to <city>, where he was received at the airport by B'")
        << "NAIROBI - Ethiopian Prime Minister Abiy Ahmed flew to Kampala on Monday, where he was received at Entebbe by Vice President Jessica Alupo. Kenya and Kenya's partners listened; Kenya agreed."
        << "Abiy Ahmed/Prime Minister/Ethiopia;Jessica Alupo/Vice President/Uganda";
    QTest::newRow("s21 twin: 'flew to <city>, where he was joined by B'")
        << "NAIROBI - Ethiopian Prime Minister Abiy Ahmed flew to Kampala on Monday, where he was joined by Foreign Minister Taye Atske Selassie. Kenya and Kenya's partners listened; Kenya agreed."
        << "Abiy Ahmed/Prime Minister/Ethiopia;Taye Atske Selassie/Foreign Minister/Ethiopia";
    QTest::newRow("s21 twin: an ambassador at the airport may be the guest's own")
        << "Trinidad and Tobago Prime Minister Kamla Persad-Bissessar arrived in Guyana on Thursday and was greeted at the airport by Ambassador Mark Phillips. Guyana and Guyana's partners listened; Guyana agreed."
        << "Kamla Persad-Bissessar/Prime Minister/Trinidad and Tobago;Mark Phillips/Ambassador/*";
    QTest::newRow("s21: the wire's leader by a bare title meets the other state's in the next sentence")
        << "Prime Minister Kamla Persad-Bissessar says Trinidad and Tobago and Guyana will study a gas deal. The Prime Minister made the announcement in Georgetown after talks with Guyana's President Irfaan Ali. Guyana has the gas, and Guyana wants buyers. Opposition Leader Pennelope Beckles called on the Government to publish the terms."
        << "Kamla Persad-Bissessar/Prime Minister/Trinidad and Tobago;Irfaan Ali/President/Guyana;Pennelope Beckles/Leader/Trinidad and Tobago";
    QTest::newRow("s21 twin: no meeting in the next sentence, the state named most")
        << "Prime Minister Kamla Persad-Bissessar says Trinidad and Tobago and Guyana will study a gas deal. The Prime Minister made the announcement in Georgetown after a cabinet retreat. Guyana has the gas, and Guyana wants buyers. Opposition Leader Pennelope Beckles called on the Government to publish the terms."
        << "Kamla Persad-Bissessar/Prime Minister/Guyana;Pennelope Beckles/Leader/Guyana";

    // --- session 21, affil14: the head of a state's own body, written with its acronym in
    // brackets before the office or after the name with "the <office> of", is placed as any
    // official; an international body's serves no state
    QTest::newRow("s21: '<Body> (<ACRONYM>) Chairman A' is a state's official")
        << "CAIRO - On Monday, Suez Canal Authority (SCA) Chairman Osama Rabie received a delegation from Djibouti in Ismailia. Djibouti and Djibouti's partners listened; Djibouti agreed."
        << "Osama Rabie/Chairman/Egypt";
    QTest::newRow("s21 twin: an international bank with its acronym in brackets")
        << "CAIRO - On Monday, African Development Bank (AfDB) President Sidi Ould Tah received a delegation from Djibouti in Abidjan. Djibouti and Djibouti's partners listened; Djibouti agreed."
        << "Sidi Ould Tah/President/-";
    QTest::newRow("s21: 'A, the chairman of the <state's commission>,' after the name")
        << "YANGON - Chinese envoy Deng Xijun on Tuesday called on U Than Soe, the chairman of the junta-appointed Union Election Commission, in Naypyitaw. China and China's partners listened; China agreed."
        << "Deng Xijun/Envoy/China;U Than Soe/Chairman/Myanmar";
    QTest::newRow("s21 twin: 'A, the chairman of <an international organisation>,'")
        << "YANGON - Chinese envoy Deng Xijun on Tuesday called on U Than Soe, the chairman of the Shanghai Cooperation Organisation, in Naypyitaw. China and China's partners listened; China agreed."
        << "Deng Xijun/Envoy/China;U Than Soe/Chairman/-";
    QTest::newRow("s21: 'A, the chairperson of the <state's authority>,' with the state in its name")
        << "KAMPALA - Kenyan President William Ruto on Friday met Sarah Opendi, the chairperson of the Uganda Revenue Authority, at State House. Kenya and Kenya's partners listened; Kenya agreed."
        << "William Ruto/President/Kenya;Sarah Opendi/Chairperson/Uganda";
    QTest::newRow("s21 twin: 'A, the chairperson of <a regional bloc>,'")
        << "KAMPALA - Kenyan President William Ruto on Friday met Sarah Opendi, the chairperson of the East African Community, at State House. Kenya and Kenya's partners listened; Kenya agreed."
        << "William Ruto/President/Kenya;Sarah Opendi/Chairperson/-";

    // --- session 21, affil14: one met on a visit to a state or its city ("during the Sultan's
    // state visit to Tehran, when he held talks with A", "travelled to Lome and held talks with
    // B") is that state's host, not of the story's dateline; "the late president" holds the
    // office no more
    QTest::newRow("s21: a recalled state visit to a capital, ', when he held talks with the late president A'")
        << "Date: March 1, 2026\nMUSCAT - Sultan Haitham bin Tarik received Iranian Foreign Minister Abbas Araghchi on Monday. The pipeline was revived during His Majesty's state visit to Tehran in May 2023, when he held talks with the late president Ebrahim Raisi."
        << "Haitham bin Tarik/Sultan/Oman;Abbas Araghchi/Foreign Minister/Iran;Ebrahim Raisi/former President/Iran";
    QTest::newRow("s21: 'travelled to <capital> in March and held talks with Prime Minister A'")
        << "Date: May 2, 2026\nACCRA - Ghanaian President John Mahama received Nigerian Vice President Kashim Shettima on Monday. Shettima travelled to Lome in March and held talks with Prime Minister Faure Gnassingbe on the corridor. Ghana and Ghana's partners listened; Ghana agreed."
        << "John Mahama/President/Ghana;Kashim Shettima/Vice President/Nigeria;Faure Gnassingbe/Prime Minister/Togo";
    QTest::newRow("s21 twin: the talks told in another city after the name")
        << "Date: May 2, 2026\nACCRA - Ghanaian President John Mahama received Nigerian Vice President Kashim Shettima on Monday. Shettima travelled to Lome in March and later held talks with Vice President Jane Opoku-Agyemang in Accra. Ghana and Ghana's partners listened; Ghana agreed."
        << "John Mahama/President/Ghana;Kashim Shettima/Vice President/Nigeria;Jane Opoku-Agyemang/Vice President/Ghana";
    QTest::newRow("s21 twin: the visitor to the capital, not one met there")
        << "Date: March 1, 2026\nMUSCAT - Sultan Haitham bin Tarik received Iranian Foreign Minister Abbas Araghchi on Monday. The pipeline was revived in May 2023, during a visit to Tehran by Energy Minister Salim al Aufi."
        << "Haitham bin Tarik/Sultan/Oman;Abbas Araghchi/Foreign Minister/Iran;Salim al Aufi/Energy Minister/Oman";

    // --- session 21, affil14: a meeting on the sidelines of a gathering in a city has no host:
    // the city's state lends the venue and hosts nobody there
    QTest::newRow("s21: 'met briefly on the sidelines of the AU summit in Addis Ababa'")
        << "KIGALI - Rwandan Foreign Minister Olivier Nduhungirehe hosted Burundian Foreign Minister Edouard Bizimana on Monday. In February, President Paul Kagame and President Evariste Ndayishimiye met briefly on the sidelines of the African Union summit in Addis Ababa. Rwanda and Rwanda's partners listened; Rwanda agreed."
        << "Olivier Nduhungirehe/Foreign Minister/Rwanda;Edouard Bizimana/Foreign Minister/Burundi;Paul Kagame/President/Rwanda;Evariste Ndayishimiye/President/Burundi";
    QTest::newRow("s21 twin: talks at the office of the city's own leader")
        << "KIGALI - Rwandan Foreign Minister Olivier Nduhungirehe hosted Burundian Foreign Minister Edouard Bizimana on Monday. In February, President Paul Kagame held talks with Prime Minister Abiy Ahmed at his office in Addis Ababa. Rwanda and Rwanda's partners listened; Rwanda agreed."
        << "Olivier Nduhungirehe/Foreign Minister/Rwanda;Edouard Bizimana/Foreign Minister/Burundi;Paul Kagame/President/Rwanda;Abiy Ahmed/Prime Minister/Ethiopia";
    QTest::newRow("s21: 'held talks on the margins of the UN General Assembly in New York'")
        << "KIGALI - Rwandan Foreign Minister Olivier Nduhungirehe hosted Burundian Foreign Minister Edouard Bizimana on Monday. Last year, Nduhungirehe and Foreign Minister Albert Shingiro held talks on the margins of the UN General Assembly in New York. Burundi and Burundi's partners listened; Burundi agreed."
        << "Olivier Nduhungirehe/Foreign Minister/Rwanda;Edouard Bizimana/Foreign Minister/Burundi;Albert Shingiro/Foreign Minister/Burundi";
    QTest::newRow("s21 twin: talks at a ministry in a capital: its state hosts")
        << "KIGALI - Rwandan Foreign Minister Olivier Nduhungirehe hosted Burundian Foreign Minister Edouard Bizimana on Monday. Last year, Nduhungirehe and Foreign Minister Albert Shingiro held talks at the State Department in Washington. Burundi and Burundi's partners listened; Burundi agreed."
        << "Olivier Nduhungirehe/Foreign Minister/Rwanda;Edouard Bizimana/Foreign Minister/Burundi;Albert Shingiro/Foreign Minister/United States";

    // --- session 20, affil13: the wire's home past an international body's official; one who
    // sits in on a meeting of one state with a body; a body's seat city places nobody
    QTest::newRow("s20: a body's chief named first, the dictionary's leader tells the home")
        << "NATO Secretary General Mark Rutte said on Friday that the alliance stood with Estonia against drones sent from Russia. President Alar Karis hosted Rutte in Tallinn, in a meeting also attended by Defence Minister Mart Tamm. Russia has denied the claims, and Russia's embassy called them a provocation by Russia's enemies."
        << "Mark Rutte/Secretary-General/-;Alar Karis/President/Estonia;Mart Tamm/Defence Minister/Estonia";
    QTest::newRow("s20 twin: the attendee's own demonym")
        << "NATO Secretary General Mark Rutte said on Friday that the alliance stood with Estonia against drones sent from Russia. President Alar Karis hosted Rutte in Tallinn, in a meeting also attended by Latvian Defence Minister Mart Tamm. Russia has denied the claims, and Russia's embassy called them a provocation by Russia's enemies."
        << "Mark Rutte/Secretary-General/-;Alar Karis/President/Estonia;Mart Tamm/Defence Minister/Latvia";
    QTest::newRow("s20: joined by a minister at a leader's meeting with a body's chief")
        << "EU foreign policy chief Kaja Kallas said on Tuesday the bloc would help Moldova through the winter. President Maia Sandu received Kallas in Chisinau, joined by Energy Minister Dorin Ceban. Russia cut gas supplies in January, and Russia's Gazprom blamed unpaid debts owed to Russia."
        << "Kaja Kallas//-;Maia Sandu/President/Moldova;Dorin Ceban/Energy Minister/Moldova";
    QTest::newRow("s20 twin: joined by a minister of another state")
        << "EU foreign policy chief Kaja Kallas said on Tuesday the bloc would help Moldova through the winter. President Maia Sandu received Kallas in Chisinau, joined by Russian Energy Minister Dorin Ceban. Russia cut gas supplies in January, and Russia's Gazprom blamed unpaid debts owed to Russia."
        << "Kaja Kallas//-;Maia Sandu/President/Moldova;Dorin Ceban/Energy Minister/Russia";
    QTest::newRow("s20: an attendance told in the sentence after the meeting with a body's official")
        << "Moldovan Prime Minister Ion Rusu met EU enlargement commissioner Marta Kos in Brussels on Monday, as Ukraine's bid stalled. The meeting was also attended by Finance Minister Ana Pop, the government said. Ukraine and Ukraine's partners watched closely, and Ukraine said it would catch up."
        << "Ion Rusu/Prime Minister/Moldova;Marta Kos//-;Ana Pop/Finance Minister/Moldova";
    QTest::newRow("s20 twin: the attendee's own demonym")
        << "Moldovan Prime Minister Ion Rusu met EU enlargement commissioner Marta Kos in Brussels on Monday, as Ukraine's bid stalled. The meeting was also attended by Ukrainian Finance Minister Ana Pop, the government said. Ukraine and Ukraine's partners watched closely, and Ukraine said it would catch up."
        << "Ion Rusu/Prime Minister/Moldova;Marta Kos//-;Ana Pop/Finance Minister/Ukraine";
    QTest::newRow("s20: 'A and B also attended the meeting' after the meeting's sentence")
        << "Moldovan Prime Minister Ion Rusu met EU enlargement commissioner Marta Kos in Brussels on Monday, as Ukraine's bid stalled. Finance Minister Ana Pop and Economy Minister Dan Perciun also attended the meeting. Ukraine and Ukraine's partners watched closely, and Ukraine said it would catch up."
        << "Ion Rusu/Prime Minister/Moldova;Marta Kos//-;Ana Pop/Finance Minister/Moldova;Dan Perciun/Economy Minister/Moldova";
    QTest::newRow("s20 twin: a meeting of two states leaves the attendee to the story")
        << "Moldovan Prime Minister Ion Rusu met Ukrainian Prime Minister Yulia Svyrydenko in Brussels on Monday, as Ukraine's bid stalled. The meeting was also attended by Finance Minister Ana Pop, the government said. Ukraine and Ukraine's partners watched closely, and Ukraine said it would catch up."
        << "Ion Rusu/Prime Minister/Moldova;Yulia Svyrydenko/Prime Minister/Ukraine;Ana Pop/Finance Minister/*";
    QTest::newRow("s20: 'called on' meets: the host is placed by the city of the call")
        << "Uzbekistan and Pakistan agreed to speed up the railway to Uzbekistan. Later, Uzbek Foreign Minister Bakhtiyor Saidov called on Prime Minister Omar Farooq in Islamabad. Uzbekistan's exports to Pakistan have doubled, and Uzbekistan wants more."
        << "Bakhtiyor Saidov/Foreign Minister/Uzbekistan;Omar Farooq/Prime Minister/Pakistan";
    QTest::newRow("s20 twin: the guest's own demonym on the one called on")
        << "Uzbekistan and Pakistan agreed to speed up the railway to Uzbekistan. Later, Uzbek Foreign Minister Bakhtiyor Saidov called on Uzbek Prime Minister Omar Farooq in Islamabad. Uzbekistan's exports to Pakistan have doubled, and Uzbekistan wants more."
        << "Bakhtiyor Saidov/Foreign Minister/Uzbekistan;Omar Farooq/Prime Minister/Uzbekistan";
    QTest::newRow("s20: a body's official met in its seat city places nobody there")
        << "Czech farmers blocked roads on Wednesday over the trade deal. On Monday, agriculture minister Jan Novak met the EU's farm commissioner, Christophe Hansen, in Brussels, where he asked for tighter import controls. Czechia voted against the deal, while Belgium abstained."
        << "Jan Novak/Minister/Czechia;Christophe Hansen/Commissioner/-";
    QTest::newRow("s20 twin: a state's minister met in the seat city is its host")
        << "Czech farmers blocked roads on Wednesday over the trade deal. On Monday, agriculture minister Jan Novak met Trade Minister Pierre Dumont in Brussels, where he asked for tighter import controls. Czechia voted against the deal, while Belgium abstained."
        << "Jan Novak/Minister/Belgium;Pierre Dumont/Trade Minister/Czechia";
    QTest::newRow("s20: the lead's meeting with a body's chief in its seat city")
        << "Energy Minister Kamal Haddad held talks with IAEA chief Rafael Grossi in Vienna on Tuesday on Jordan's planned reactor. Austria has offered to host the next round, Jordan said."
        << "Kamal Haddad/Energy Minister/Jordan;Rafael Grossi//-";
    QTest::newRow("s20 twin: the lead's meeting with the seat state's own minister")
        << "Energy Minister Kamal Haddad held talks with Austrian Energy Minister Leonore Gewessler in Vienna on Tuesday on Jordan's planned reactor. Austria has offered to host the next round, Jordan said."
        << "Kamal Haddad/Energy Minister/Jordan;Leonore Gewessler/Energy Minister/Austria";
    // --- session 20, affil13: the officials of regional blocs, development banks and UN bodies
    // (organizations.tsv) serve no state, whatever the dateline or the city of the meeting
    QTest::newRow("s20: 'the president of <a development bank>' serves the bank")
        << "KINGSTON, Jamaica - Prime Minister Andrew Holness held talks with the president of the Caribbean Development Bank, Daniel Best, at Jamaica House on Tuesday."
        << "Andrew Holness/Prime Minister/Jamaica;Daniel Best/President/-";
    QTest::newRow("s20 twin: the president of a state's own bank")
        << "KINGSTON, Jamaica - Prime Minister Andrew Holness held talks with the president of the Development Bank of Jamaica, Daniel Best, at Jamaica House on Tuesday."
        << "Andrew Holness/Prime Minister/Jamaica;Daniel Best/President/Jamaica";
    QTest::newRow("s20: a bank's name before the title")
        << "Kenyan President William Ruto met Islamic Development Bank President Muhammad Al Jasser in Nairobi on Monday to discuss a rail loan."
        << "William Ruto/President/Kenya;Muhammad Al Jasser/President/-";
    QTest::newRow("s20 twin: a state's bank before the title")
        << "Kenyan President William Ruto met Kenya Development Bank President Muhammad Al Jasser in Nairobi on Monday to discuss a rail loan."
        << "William Ruto/President/Kenya;Muhammad Al Jasser/President/Kenya";
    QTest::newRow("s20: a bank's abbreviation before the title")
        << "Ukrainian Prime Minister Yulia Svyrydenko met EBRD President Odile Renaud-Basso in Kyiv on Friday to sign an energy loan."
        << "Yulia Svyrydenko/Prime Minister/Ukraine;Odile Renaud-Basso/President/-";
    QTest::newRow("s20: 'the Secretary-General of <a bloc>' serves the bloc")
        << "The Secretary-General of the Andean Community, Gonzalo Gutierrez, held talks with Peruvian Foreign Minister Elmer Schialer in Lima on Wednesday."
        << "Gonzalo Gutierrez/Secretary-General/-;Elmer Schialer/Foreign Minister/Peru";
    QTest::newRow("s20 twin: the Secretary-General of a state's ministry")
        << "The Secretary-General of the Peruvian Foreign Ministry, Gonzalo Gutierrez, held talks with Foreign Minister Elmer Schialer in Lima on Wednesday."
        << "Gonzalo Gutierrez/Secretary-General/Peru;Elmer Schialer/Foreign Minister/Peru";
    QTest::newRow("s20: 'the president of <bank's abbreviation>'")
        << "Bolivian President Rodrigo Paz met the president of CAF, Sergio Diaz-Granados, in La Paz on Thursday."
        << "Rodrigo Paz/President/Bolivia;Sergio Diaz-Granados/President/-";
    // --- session 20, affil13: the envoy of a body's head, in the possessive, serves the body
    QTest::newRow("s20: the UN chief's personal envoy, appositive after the title")
        << "Meanwhile, the UN Secretary-General's personal envoy for Sudan, Omar Haddad, met army chief Abdel Fattah al-Burhan in Port Sudan on Thursday."
        << "Omar Haddad/Personal Envoy/-;Abdel Fattah al-Burhan//Sudan";
    QTest::newRow("s20 twin: a state leader's personal envoy")
        << "Meanwhile, the Kenyan President's personal envoy for Sudan, Omar Haddad, met army chief Abdel Fattah al-Burhan in Port Sudan on Thursday."
        << "Omar Haddad/Personal Envoy/Kenya;Abdel Fattah al-Burhan//Sudan";
    QTest::newRow("s20: the UN chief's envoy in an appositive after the name")
        << "Omar Haddad, the UN secretary-general's envoy, met President Salva Kiir in Juba on Monday."
        << "Omar Haddad/Envoy/-;Salva Kiir/President/*";
    QTest::newRow("s20 twin: a state president's envoy after the name")
        << "Omar Haddad, the Egyptian president's envoy, met President Salva Kiir in Juba on Monday."
        << "Omar Haddad/Envoy/Egypt;Salva Kiir/President/*";
    QTest::newRow("s20: the UN chief's special envoy before the name")
        << "The UN secretary-general's special envoy Omar Haddad met President Salva Kiir in Juba on Monday."
        << "Omar Haddad/Special Envoy/-;Salva Kiir/President/*";
    QTest::newRow("s20 twin: a state president's special envoy before the name")
        << "The Turkish president's special envoy Omar Haddad met President Salva Kiir in Juba on Monday."
        << "Omar Haddad/Special Envoy/Turkey;Salva Kiir/President/*";
    QTest::newRow("s20: an agency head's envoy")
        << "The WHO Director-General's special envoy for Covid, Omar Haddad, met Health Minister Aden Duale in Nairobi on Monday."
        << "Omar Haddad/Special Envoy/-;Aden Duale/Health Minister/*";
    QTest::newRow("s20 twin: a state minister's envoy meets the agency head")
        << "The Kenyan health minister's special envoy for Covid, Omar Haddad, met WHO chief Tedros Adhanom Ghebreyesus in Geneva on Monday."
        << "Omar Haddad/Special Envoy/Kenya;Tedros Adhanom Ghebreyesus//-";
    // --- session 20, affil13: the state whose action a reporting clause after the statement
    // announces ("Canada will provide ..., Minister A announced") is the speaker's
    QTest::newRow("s20: a state subject, then ', Minister A announced'")
        << "NAIROBI, Kenya - Japan will fund a new container terminal in Mombasa, State Minister for Foreign Affairs Ken Sato announced on Monday after talks with President William Ruto."
        << "Ken Sato//Japan;William Ruto/President/Kenya";
    QTest::newRow("s20 twin: the state in a passive's agent, no subject")
        << "NAIROBI, Kenya - A new container terminal in Mombasa will be funded by Japan, Transport Minister Davis Chirchir announced on Monday after talks with President William Ruto."
        << "Davis Chirchir//Kenya;William Ruto/President/Kenya";
    QTest::newRow("s20: a quotation whose subject is a state, then the speaker")
        << "KYIV - \"Norway will stand with Ukraine for as long as it takes,\" Development Minister Erik Aukland told reporters after meeting Prime Minister Yulia Svyrydenko."
        << "Erik Aukland//Norway;Yulia Svyrydenko/Prime Minister/Ukraine";
    QTest::newRow("s20 twin: the quotation's subject is the host")
        << "KYIV - \"Ukraine will stand with its partners for as long as it takes,\" Development Minister Erik Aukland told reporters after meeting Prime Minister Yulia Svyrydenko."
        << "Erik Aukland//Ukraine;Yulia Svyrydenko/Prime Minister/Ukraine";
    QTest::newRow("s20: a perfect tense statement, then ', Minister A said'")
        << "AMMAN, Jordan - Germany has pledged a further 500 million euros for refugees, Development Minister Anna Richter said on Tuesday after talks with King Abdullah II."
        << "Anna Richter//Germany;King Abdullah II/King/Jordan";
    QTest::newRow("s20 twin: the state in a possessive, not the subject")
        << "AMMAN, Jordan - Germany's pledge of a further 500 million euros for refugees was welcome, Planning Minister Zeina Toukan said on Tuesday after talks with King Abdullah II."
        << "Zeina Toukan//Jordan;King Abdullah II/King/Jordan";
    QTest::newRow("s20: ', said Minister A' after the statement")
        << "SEOUL - Australia is ready to join the drills next year, said Defence Minister Tom Barker after meeting President Lee Jae-myung."
        << "Tom Barker//Australia;Lee Jae-myung/President/South Korea";
    QTest::newRow("s20 twin: two states as the subject")
        << "SEOUL - Australia and Japan are ready to join the drills next year, said Defence Minister Tom Barker after meeting President Lee Jae-myung."
        << "Tom Barker//*;Lee Jae-myung/President/South Korea";
    // --- session 20, affil13: a dictionary namesake given an office its person never held, in
    // a story that never names that person's state, is placed by the story
    QTest::newRow("s20: a namesake of a dictionary leader in another state's story")
        << "Colombia and Peru agreed on Monday to step up border patrols. Interior Minister Pedro Sanchez met his Peruvian counterpart Juan Carlos Vela in Lima on Monday, and Colombia will send more troops to the Amazon."
        << "Pedro Sanchez/Interior Minister/Colombia;Juan Carlos Vela/Interior Minister/Peru";
    QTest::newRow("s20 twin: the dictionary's office, the dictionary's state")
        << "Spain and Peru agreed on Monday to step up trade. Prime Minister Pedro Sanchez met Peruvian President Jose Jeri in Lima on Monday, and Spain will send a trade mission."
        << "Pedro Sanchez/Prime Minister/Spain;Jose Jeri/President/Peru";
    QTest::newRow("s20: a namesake of a fictional dictionary minister")
        << "Kazakhstan wants cheaper power. Energy Minister Dmitry Kovalenko met Uzbek Energy Minister Jurabek Mirzamakhmudov in Astana on Monday, and Kazakhstan will build a new line."
        << "Dmitry Kovalenko/Energy Minister/Kazakhstan;Jurabek Mirzamakhmudov/Energy Minister/Uzbekistan";
    QTest::newRow("s20 twin: another office, but the dictionary's state is named")
        << "Belarus wants cheaper power. Energy Minister Dmitry Kovalenko met Uzbek Energy Minister Jurabek Mirzamakhmudov in Minsk on Monday, and Belarus will build a new line."
        << "Dmitry Kovalenko/Energy Minister/Belarus;Jurabek Mirzamakhmudov/Energy Minister/Uzbekistan";
    QTest::newRow("s20 twin: another office, and no state of the story but the one he meets")
        << "Interior Minister Ramtane Lamamra held talks with Nigerien Interior Minister Mohamed Toumba on Monday."
        << "Ramtane Lamamra/Interior Minister/Algeria;Mohamed Toumba/Interior Minister/Niger";
    QTest::newRow("s20: a namesake named by an appositive office")
        << "New Zealand wants more Australian visitors. John Healey, the tourism minister, met Australian Trade Minister Don Farrell in Wellington on Friday, and New Zealand will cut visa fees."
        << "John Healey//New Zealand;Don Farrell/Trade Minister/Australia";
    QTest::newRow("s20 twin: the office written in another form of the entry's title")
        << "Japan wants a weaker dollar. Treasury Secretary Scott Bessent met Japanese Finance Minister Satsuki Katayama in Tokyo on Friday, and Japan will sell dollars."
        << "Scott Bessent/Treasury Secretary/United States;Satsuki Katayama/Finance Minister/Japan";
    // --- session 19, affil12: regions, short state names, "its", ", who was accompanied by"
    QTest::newRow("s19: a region's abbreviation before the title places the official in its state")
        << "KRG Prime Minister Dara Aziz spoke." << "Dara Aziz/Prime Minister/Iraq";
    QTest::newRow("s19 twin: a Kurdish activist holds no office")
        << "Kurdish activist Dara Aziz spoke." << "";
    QTest::newRow("s19: a region's possessive before the title")
        << "Puntland's President Ali Warsame arrived." << "Ali Warsame/President/Somalia";
    QTest::newRow("s19 twin: a state's possessive before the title")
        << "Somalia's President Ali Warsame arrived." << "Ali Warsame/President/Somalia";
    QTest::newRow("s19: T&T before a title") << "T&T Foreign Minister Dana Ramdial spoke."
        << "Dana Ramdial/Foreign Minister/Trinidad and Tobago";
    QTest::newRow("s19: St Kitts before a title") << "St Kitts Prime Minister Terrence Daniel spoke."
        << "Terrence Daniel/Prime Minister/Saint Kitts and Nevis";
    QTest::newRow("s19: 'its' is the state that opens the sentence")
        << "Paraguay, Taiwan's only ally in South America, will send its foreign minister, Rosa Benitez, to Taipei."
        << "Rosa Benitez/Foreign Minister/Paraguay";
    QTest::newRow("s19 twin: 'its' after no state opening the sentence")
        << "The ministry, Taiwan's main partner, will send its foreign minister, Rosa Benitez, to Taipei."
        << "Rosa Benitez/Foreign Minister/*";
    QTest::newRow("s19: ', who was accompanied by' is said of the one named right before")
        << "Havana, May 4 - Russian Deputy Prime Minister Oleg Markov was received by Prime Minister Luis Ortega, who was accompanied by Energy Minister Rosa Vidal."
        << "Oleg Markov//Russia;Luis Ortega//Cuba;Rosa Vidal//Cuba";
    QTest::newRow("s19 twin: the guest accompanied by his own minister")
        << "Havana, May 4 - Russian Deputy Prime Minister Oleg Markov, who was accompanied by Energy Minister Rosa Vidal, was received by Prime Minister Luis Ortega."
        << "Oleg Markov//Russia;Luis Ortega//Cuba;Rosa Vidal//Russia";
    // --- names: particles, acronyms, dictionary aliases, honorifics, place words
    QTest::newRow("particle run von der") << "Austrian Chancellor Karla von der Brugge spoke."
        << "Karla von der Brugge/Chancellor/Austria";
    QTest::newRow("twin: particle before no name") << "Austrian Chancellor Karla Brugge de facto ruled."
        << "Karla Brugge/Chancellor/Austria";
    QTest::newRow("particles bin and Al") << "Kuwaiti Crown Prince Salem bin Nasser Al Hamad arrived."
        << "Salem bin Nasser Al Hamad/Crown Prince/Kuwait";
    QTest::newRow("particle da in a name") << "Brazilian Foreign Minister Paulo Souza da Cunha spoke."
        << "Paulo Souza da Cunha/Foreign Minister/Brazil";
    QTest::newRow("Un in a Korean name") << "North Korean Premier Pak Song Un arrived."
        << "Pak Song Un/Premier/North Korea";
    QTest::newRow("twin: UN in capitals ends a name") << "Ghanaian President Kofi Mensah UN envoys said nothing."
        << "Kofi Mensah/President/Ghana";
    QTest::newRow("dictionary alias with a title grows to the full name") << "President Lu Wenhai spoke."
        << "Lu Wenhai/President/China";
    QTest::newRow("twin: alias alone") << "President Lu on Monday told reporters."
        << "Lu/President/China";
    QTest::newRow("honorific in a dictionary alias is no part of the name")
        << "Kuwaiti Emir Sheikh Faris bin Saud Al Nuri arrived." << "Faris bin Saud Al Nuri/Emir/Kuwait";
    QTest::newRow("twin: honorific alone makes no official") << "Sheikh Hamdan Zayer, a cleric, preached." << "";
    QTest::newRow("place word as surname after a title") << "Portuguese Prime Minister Luis Montenegro arrived."
        << "Luis Montenegro/Prime Minister/Portugal";
    QTest::newRow("twin: place word after a full name") << "Portuguese Prime Minister Luis Costa arrived; Montenegro sent a minister."
        << "Luis Costa/Prime Minister/Portugal";

    // --- titles
    QTest::newRow("a title and name opening a venue's name name no one") << "Lebanese Prime Minister Nadia Karam landed at King Faisal International Airport."
        << "Nadia Karam/Prime Minister/Lebanon";
    QTest::newRow("twin: the same king at the airport") << "Lebanese Prime Minister Nadia Karam was met by King Faisal at the International Airport."
        << "Nadia Karam/Prime Minister/Lebanon;King Faisal/King/*";
    QTest::newRow("Taoiseach") << "Taoiseach Ciaran Walsh met reporters in Dublin."
        << "Ciaran Walsh/Taoiseach/Ireland";
    QTest::newRow("twin: taoiseach without a name") << "Ireland's taoiseach said nothing." << "";
    QTest::newRow("title as written: Foreign Secretary") << "India's Foreign Secretary Vikram Rao flew home."
        << "Vikram Rao/Foreign Secretary/India";
    QTest::newRow("twin: canonical title kept") << "Indian foreign minister Vikram Rao flew home."
        << "Vikram Rao/Foreign Minister/India";
    QTest::newRow("title as written: Secretary of Defense") << "US Secretary of Defense Mark Olsen spoke."
        << "Mark Olsen/Secretary of Defense/United States";
    QTest::newRow("twin: a description keeps the office") << "Nadia Karam, Lebanon's top diplomat, spoke."
        << "Nadia Karam/Foreign Minister/Lebanon";
    QTest::newRow("twin: written form holding the office's words") << "The Minister of Foreign Affairs of Ghana, Kofi Mensah, arrived."
        << "Kofi Mensah/Foreign Minister/Ghana";
    QTest::newRow("honorific gives way to the dictionary office") << "Mr. Orlovsky said the talks went well."
        << "Orlovsky/Foreign Minister/Belarus";
    QTest::newRow("twin: honorific and an unknown name") << "Mr. Harold Finch said the talks went well." << "";
    QTest::newRow("honorific after a title and a comma") << "New Zealand's Minister for Climate Change, Hon. Peter Wilde, arrived."
        << "Peter Wilde/Minister/New Zealand";
    QTest::newRow("twin: honorific and a name alone") << "Hon. Peter Wilde arrived." << "";
    QTest::newRow("tenure words between state and title") << "Botswana's newly elected President Duma Kgosi attended."
        << "Duma Kgosi/President/Botswana";
    QTest::newRow("twin: tenure words after another state") << "Botswana's newly built stadium welcomed President Duma Kgosi of Zambia."
        << "Duma Kgosi/President/Zambia";

    // --- affiliation
    QTest::newRow("counterpart's state is not the other's") << "Foreign Minister Ahmed Rashid held talks with his Italian counterpart Paolo Greco in Rome."
        << "Ahmed Rashid/Foreign Minister/-;Paolo Greco/Foreign Minister/Italy";
    QTest::newRow("twin: demonym on the first minister") << "Egyptian Foreign Minister Ahmed Rashid held talks with his counterpart Paolo Greco."
        << "Ahmed Rashid/Foreign Minister/Egypt;Paolo Greco/Foreign Minister/*";
    QTest::newRow("counterparts take the titles respectively")
        << "Peru's Foreign Minister Ana Soto and Defense Minister Luis Vega met their Chilean counterparts Rosa Diaz and Pablo Mena."
        << "Ana Soto/Foreign Minister/Peru;Luis Vega/Defense Minister/Peru;Rosa Diaz/Foreign Minister/Chile;Pablo Mena/Defense Minister/Chile";
    QTest::newRow("twin: one counterpart takes the last title") << "Peru's Foreign Minister Ana Soto and Defense Minister Luis Vega met his Chilean counterpart Pablo Mena."
        << "Ana Soto/Foreign Minister/Peru;Luis Vega/Defense Minister/Peru;Pablo Mena/Defense Minister/Chile";
    QTest::newRow("counterpart of a described official") << "The Indian foreign secretary met his Sri Lankan counterpart Nadia Perera in Colombo."
        << "Nadia Perera/Foreign Secretary/Sri Lanka";
    QTest::newRow("twin: counterpart of a named official") << "Indian Foreign Minister Ravi Rao met his Sri Lankan counterpart Nadia Perera in Colombo."
        << "Ravi Rao/Foreign Minister/India;Nadia Perera/Foreign Minister/Sri Lanka";
    QTest::newRow("his deputy takes the state") << "South African President Thabo Mokoena was represented by his deputy Paul Dlamini."
        << "Thabo Mokoena/President/South Africa;Paul Dlamini/Deputy/South Africa";
    QTest::newRow("twin: a deputy with a state of his own") << "South African President Thabo Mokoena was represented by Kenyan Deputy President Paul Dlamini."
        << "Thabo Mokoena/President/South Africa;Paul Dlamini/Deputy President/Kenya";
    QTest::newRow("his vice-president: the one named before by name alone")
        << "Kenyan President Daniel Otieno met Ugandan President Moses Okello in Kampala. Uganda and Ugandan "
           "firms welcomed the visit. The talks come amid tension between Otieno and his first vice-president, "
           "Paul Kamau, who faces trial."
        << "Daniel Otieno/President/Kenya;Moses Okello/President/Uganda;Paul Kamau/Vice President/Kenya";
    QTest::newRow("twin: the vice-president of no one named")
        << "Kenyan President Daniel Otieno met Ugandan President Moses Okello in Kampala. Uganda and Ugandan "
           "firms welcomed the visit. The talks come amid tension between Otieno and the first vice-president, "
           "Paul Kamau, who faces trial."
        << "Daniel Otieno/President/Kenya;Moses Okello/President/Uganda;Paul Kamau/Vice President/Uganda";
    QTest::newRow("a genitive name owns the title: Otieno's aide")
        << "Kenyan President Daniel Otieno met Ugandan President Moses Okello in Kampala. Uganda and Ugandan "
           "firms welcomed the visit. Otieno's spokesman, Paul Kamau, said Uganda had agreed."
        << "Daniel Otieno/President/Kenya;Moses Okello/President/Uganda;Paul Kamau/Spokesman/Kenya";
    QTest::newRow("twin: His Majesty is no possessive")
        << "Kenyan President Daniel Otieno met Ugandan President Moses Okello in Kampala. Uganda and Ugandan "
           "firms welcomed the visit. Otieno was received by His Majesty King Paul Kamau at the palace."
        << "Daniel Otieno/President/Kenya;Moses Okello/President/Uganda;Paul Kamau/King/Uganda";
    QTest::newRow("coordinated demonyms, respectively") << "Russian and Brazilian presidents, Ivan Petrov and Paulo Souza, spoke by phone."
        << "Ivan Petrov/President/Russia;Paulo Souza/President/Brazil";
    QTest::newRow("states after a plural title, respectively") << "The foreign ministers of Chile, Peru and Bolivia, Ana Soto, Luis Vega and Rosa Quispe, met in Lima."
        << "Ana Soto/Foreign Minister/Chile;Luis Vega/Foreign Minister/Peru;Rosa Quispe/Foreign Minister/Bolivia";
    QTest::newRow("twin: fewer states than names") << "The foreign ministers of Chile and Peru, Ana Soto, Luis Vega and Rosa Quispe, met in Lima."
        << "Ana Soto/Foreign Minister/*;Luis Vega/Foreign Minister/*;Rosa Quispe/Foreign Minister/*";
    QTest::newRow("twin: one demonym for the list") << "Brazilian presidents Ivan Petrov and Paulo Souza spoke."
        << "Ivan Petrov/President/Brazil;Paulo Souza/President/Brazil";
    QTest::newRow("organisation official keeps no state from the list") << "NATO Secretary General Erik Dahl and President Ion Popa of Moldova spoke."
        << "Erik Dahl/Secretary-General/-;Ion Popa/President/Moldova";
    QTest::newRow("twin: coordinated names share the state") << "Prime Minister Erik Dahl and President Ion Popa of Moldova spoke."
        << "Erik Dahl/Prime Minister/Moldova;Ion Popa/President/Moldova";
    QTest::newRow("organisation official: another office in the dictionary gives no state") << "NATO Secretary General Nyland spoke."
        << "Nyland/Secretary-General/-";
    QTest::newRow("state inside a body's name") << "Chief of the Greek General Staff Nikos Dimas spoke."
        << "Nikos Dimas/Chief/Greece";
    QTest::newRow("twin: state after the body") << "Chief of the General Staff Nikos Dimas of Cyprus spoke."
        << "Nikos Dimas/Chief of the General Staff/Cyprus";
    QTest::newRow("accompanying officials take the state of the one accompanied")
        << "Accompanied by Fisheries Minister Ravi Perera and Energy Minister Nalin Silva, Sri Lankan President Mahinda Jayasuriya held talks with Indian Prime Minister Arjun Mehta in Delhi."
        << "Ravi Perera/Minister/Sri Lanka;Nalin Silva/Energy Minister/Sri Lanka;"
           "Mahinda Jayasuriya/President/Sri Lanka;Arjun Mehta/Prime Minister/India";
    QTest::newRow("twin: without the cue the most named state") << "Fisheries Minister Ravi Perera spoke. India and India's partners listened; Sri Lanka waited."
        << "Ravi Perera/Minister/India";
    QTest::newRow("a guest is not of the host's state")
        << "Prime Minister Jone Vaka was welcomed by New Zealand's Trade Minister Ana Reid in Auckland. Vaka's visit marks Fiji Day; New Zealand and Fiji signed a pact."
        << "Jone Vaka/Prime Minister/Fiji;Ana Reid/Trade Minister/New Zealand";
    QTest::newRow("twin: no meeting, the most named state") << "Prime Minister Jone Vaka spoke. New Zealand and New Zealand's partners listened; Fiji waited."
        << "Jone Vaka/Prime Minister/New Zealand";
    QTest::newRow("appositives after a delegation, with 'from' places")
        << "The Canadian delegation was composed of Ann Burke, Senator from Manitoba; and Leo Tran, Representative from Quebec. Mexican Foreign Minister Rosa Diaz received it."
        << "Ann Burke/Senator/Canada;Leo Tran/Representative/Canada;Rosa Diaz/Foreign Minister/Mexico";
    QTest::newRow("twin: 'from' a place before a name is no appositive") << "Senator from Manitoba Ann Burke spoke."
        << "";
    QTest::newRow("honorific first, office in the appositive") << "They met Mr Pavel Orlov, Deputy Prime Minister of Belarus, in Minsk."
        << "Pavel Orlov/Deputy Prime Minister/Belarus";
    QTest::newRow("twin: honorific alone") << "They met Mr Pavel Orlov in Minsk." << "";
    QTest::newRow("a body's name is no one-word name") << "The Chairman of ECOWAS Authority of Heads of State, President Kwame Boateng, spoke."
        << "Kwame Boateng/President/*";
    QTest::newRow("twin: a one-word name after a title") << "Chairman Boateng of ECOWAS spoke."
        << "Boateng/Chairman/*"; // the text's word, as the gold writes it
    QTest::newRow("possessive state before a full name") << "Egypt's Karim Nassar met Sudan's Ali Osman Taha in Port Sudan."
        << "Karim Nassar/!/Egypt;Ali Osman Taha/!/Sudan";
    QTest::newRow("office from a later description") << "Egypt's Karim Nassar met Sudan's Ali Osman Taha in Port Sudan. The Egyptian foreign minister said the talks went well."
        << "Karim Nassar/Foreign Minister/Egypt;Ali Osman Taha/!/Sudan";
    QTest::newRow("twin: a description of another state gives no office") << "Egypt's Karim Nassar met Sudan's Ali Osman Taha in Port Sudan. The Libyan foreign minister said nothing."
        << "Karim Nassar/!/Egypt;Ali Osman Taha/!/Sudan";
    QTest::newRow("twin: possessive state before a body that acts") << "Iran's Revolutionary Guards said it; Israel's Iron Dome intercepted it." << "";
    QTest::newRow("twin: possessive state before a base in an encounter") << "Qatar's Al Udeid Air Base hosted the troops." << "";
    QTest::newRow("twin: possessive state before a body") << "Egypt's Suez Canal Authority and Qatar's Al Jazeera Media Network reported it." << "";

    // --- title complements (issue 11, fresh set): a portfolio's fields, lower-case fields, a host
    QTest::newRow("portfolio fields joined by 'and' end the complement") << "Ghanaian Minister of Investment and Foreign Trade Kofi Mensah spoke."
        << "Kofi Mensah//Ghana";
    QTest::newRow("twin: a body's name, not a portfolio, before the name") << "Ghanaian Minister of Investment and Foreign Affairs Kofi Mensah spoke."
        << "Kofi Mensah//Ghana";
    QTest::newRow("portfolio fields listed with commas") << "Ghana's Minister of Energy, Petroleum and Mines, Kofi Mensah, spoke."
        << "Kofi Mensah//Ghana";
    QTest::newRow("twin: a comma before a name, not a field") << "Ghana's Minister of Energy, Kofi Mensah, spoke."
        << "Kofi Mensah//Ghana";
    QTest::newRow("lower-case field, comma, name") << "Kenya's cabinet secretary for trade, Grace Wanjiru, spoke."
        << "Grace Wanjiru/Cabinet Secretary/Kenya";
    QTest::newRow("twin: lower-case field and no name") << "Kenya's cabinet secretary for trade, who spoke, left." << "";
    QTest::newRow("ambassador in a state, comma, name") << "Mexico's ambassador in Guatemala, Jorge Ortiz, attended."
        << "Jorge Ortiz/Ambassador/Mexico";
    QTest::newRow("ambassador to a host the gazetteer does not name") << "The ambassador of Lebanon to the Kingdom, Ali Haddad, attended."
        << "Ali Haddad/Ambassador/Lebanon";
    QTest::newRow("twin: ambassador to a host and no name") << "The ambassador of Lebanon to the Kingdom, who attended, left." << "";
    QTest::newRow("Minister Delegate") << "French Minister Delegate for Francophonie Anne Morel welcomed the guests."
        << "Anne Morel/Minister Delegate/France";

    // --- affiliation from the article's frame (issue 11, fresh set)
    QTest::newRow("listed on a state's side") << "On the Chilean side, Foreign Minister Ana Soto and Trade Minister Luis Vega joined the talks. Peru and Peru's partners listened."
        << "Ana Soto/Foreign Minister/Chile;Luis Vega/Trade Minister/Chile";
    QTest::newRow("twin: a demonym before another noun") << "On the Chilean coast, Foreign Minister Ana Soto and Trade Minister Luis Vega joined the talks. Peru and Peru's partners listened."
        << "Ana Soto/Foreign Minister/Peru;Luis Vega/Trade Minister/Peru";
    QTest::newRow("present at a meeting of two states: one of their sides")
        << "President Ali Kone of Mali welcomed his Senegalese counterpart Amadou Sy in the presence of Prime Minister Moussa Traore. Niger and Niger's allies watched; Niger agreed."
        << "Ali Kone/President/Mali;Amadou Sy/President/Senegal;Moussa Traore/Prime Minister/Mali";
    QTest::newRow("twin: meeting one state's official, not of that state")
        << "Senegalese President Amadou Sy welcomed Prime Minister Moussa Traore. Niger and Niger's allies watched; Mali agreed."
        << "Amadou Sy/President/Senegal;Moussa Traore/Prime Minister/Niger";
    QTest::newRow("listed with a known official: one side") << "Foreign Minister Dmitry Orlovsky and Trade Minister Pavel Lukin joined the talks. Poland and Poland's partners listened."
        << "Dmitry Orlovsky/Foreign Minister/Belarus;Pavel Lukin/Trade Minister/Belarus";
    QTest::newRow("twin: meeting a known official, not a list") << "Foreign Minister Dmitry Orlovsky met Trade Minister Pavel Lukin. Poland and Poland's partners listened."
        << "Dmitry Orlovsky/Foreign Minister/Belarus;Pavel Lukin/Trade Minister/Poland";
    QTest::newRow("the dateline's state after a headline")
        << "Talks on trade end in Riyadh\n\nRIYADH: Finance Minister Omar Nasser told reporters the talks went well. Egypt and Egypt's allies listened; Saudi Arabia agreed."
        << "Omar Nasser/Finance Minister/Saudi Arabia";
    QTest::newRow("twin: no dateline, the most named state")
        << "Talks on trade end in Riyadh\n\nFinance Minister Omar Nasser told reporters the talks went well. Egypt and Egypt's allies listened; Saudi Arabia agreed."
        << "Omar Nasser/Finance Minister/Egypt";

    // --- session 16, affiliation: whose retinue, whose home
    QTest::newRow("a named leader's delegation is of his state")
        << "Zimbabwean President Tendai Moyo arrived in Lusaka. Moyo's delegation included Finance Minister Farai Chuma. Zambia and Zambia's partners listened; Zambia agreed."
        << "Tendai Moyo/President/Zimbabwe;Farai Chuma/Finance Minister/Zimbabwe";
    QTest::newRow("twin: a named leader's speech, not his delegation")
        << "Zimbabwean President Tendai Moyo arrived in Lusaka. Moyo's speech praised Finance Minister Farai Chuma. Zambia and Zambia's partners listened; Zambia agreed."
        << "Tendai Moyo/President/Zimbabwe;Farai Chuma/Finance Minister/Zambia";
    QTest::newRow("accompanying the guest: not of the host's state")
        << "Talks in Havana\n\nHAVANA, May 3 - Laotian President Sone Vang held talks with Cuban leaders. Accompanying the guest were Foreign Minister Kham Phet and Trade Minister Noy Sila. Laos and Laos's partners listened."
        << "Sone Vang/President/Laos;Kham Phet/Foreign Minister/Laos;Noy Sila/Trade Minister/Laos";
    QTest::newRow("twin: accompanying the host: the dateline's state")
        << "Talks in Havana\n\nHAVANA, May 3 - Laotian President Sone Vang held talks with Cuban leaders. Accompanying the host were Foreign Minister Kham Phet and Trade Minister Noy Sila. Laos and Laos's partners listened."
        << "Sone Vang/President/Laos;Kham Phet/Foreign Minister/Cuba;Noy Sila/Trade Minister/Cuba";
    QTest::newRow("the first bare title meets the most named state: the others are at home")
        << "The Australian Minister for Trade, Pat Connor, met the Prime Minister, Tui Lemalu, in Apia. The Leader of the Opposition, Fono Lui, said the help was late. Australia and Australia's partners listened; Samoa agreed."
        << "Pat Connor/Minister/Australia;Tui Lemalu/Prime Minister/Samoa;Fono Lui/Leader/Samoa";
    QTest::newRow("twin: no meeting, the most named state")
        << "The Australian Minister for Trade, Pat Connor, spoke in Apia. The Leader of the Opposition, Fono Lui, said the help was late. Australia and Australia's partners listened; Samoa agreed."
        << "Pat Connor/Minister/Australia;Fono Lui/Leader/Australia";
    QTest::newRow("the one state named in a meeting's sentence that the guest does not hold")
        << "Ethiopian Prime Minister Dawit Alemu spoke on Monday. Ethiopia and Ethiopia's partners listened; Ethiopia agreed. "
           "Alemu last visited Djibouti in June, where he held talks with President Omar Farah."
        << "Dawit Alemu/Prime Minister/Ethiopia;Omar Farah/President/Djibouti";
    QTest::newRow("twin: states a speaker mentions, no meeting: the state named most")
        << "Indian Prime Minister Arjun Mehta spoke on Monday. India and India's partners listened; India agreed. "
           "Foreign Secretary Ravi Rao said that the Prime Minister conveyed India's concerns about Bangladesh."
        << "Arjun Mehta/Prime Minister/India;Ravi Rao/Foreign Secretary/India";
    QTest::newRow("a reporting clause's 'his' is the sentence's subject")
        << "South African President Thabo Mokoena spoke to US President Mark Olsen on Wednesday, his spokesman Vusi Dube confirmed."
        << "Thabo Mokoena/President/South Africa;Mark Olsen/President/United States;Vusi Dube/Spokesman/South Africa";
    QTest::newRow("twin: 'his' inside the sentence is the one named last")
        << "South African President Thabo Mokoena spoke to US President Mark Olsen and his spokesman Vusi Dube on Wednesday."
        << "Thabo Mokoena/President/South Africa;Mark Olsen/President/United States;Vusi Dube/Spokesman/United States";
    QTest::newRow("of two dictionary offices, the one the text gives")
        << "The President of the Republic, Manuel Costa Neto, received the envoys in Luanda. Zambia and Zambia's partners listened."
        << "Manuel Costa Neto/President/Angola";
    QTest::newRow("twin: the other office the text gives")
        << "The Chairperson of the African Union, Manuel Costa Neto, received the envoys in Luanda. Zambia and Zambia's partners listened."
        << "Manuel Costa Neto/Chairperson/-";
    QTest::newRow("an organisation's office the text does not give says nothing of the article")
        << "Prime Minister Paul Ndongo welcomed the envoys in Yaounde. Cameroon and Cameroon's partners listened."
        << "Paul Ndongo/Prime Minister/Cameroon";
    QTest::newRow("twin: the organisation's office the text gives")
        << "President Paul Ndongo welcomed the envoys in Yaounde. Cameroon and Cameroon's partners listened."
        << "Paul Ndongo/President/-";
    QTest::newRow("an organisation as the field of a national office")
        << "Foreign and CARICOM Affairs Minister Kamina Brown spoke. Jamaica and Jamaica's partners listened."
        << "Kamina Brown//Jamaica";
    QTest::newRow("twin: the organisation's own office")
        << "CARICOM Secretary-General Kamina Brown spoke. Jamaica and Jamaica's partners listened."
        << "Kamina Brown//-";
    QTest::newRow("a headline's list is the two sides; the body's naming places")
        << "PM Asim Rana, President Timur Aliev agree on railway\n\nISLAMABAD, Feb 24 (APP): Prime Minister Asim Rana and Uzbek President "
           "Timur Aliev on Tuesday held talks at the PM House. Uzbekistan and Uzbekistan's partners listened; Uzbekistan agreed."
        << "Asim Rana/Prime Minister/Pakistan;Timur Aliev/President/Uzbekistan";
    QTest::newRow("a pair that meets with a day before the verb: two sides")
        << "Foreign Minister Dmitry Orlovsky and Trade Minister Pavel Lukin on Tuesday held talks. Poland and Poland's partners listened."
        << "Dmitry Orlovsky/Foreign Minister/Belarus;Pavel Lukin/Trade Minister/Poland";
    QTest::newRow("twin: a pair that joins talks with a day before the verb: one side")
        << "Foreign Minister Dmitry Orlovsky and Trade Minister Pavel Lukin on Tuesday joined the talks. Poland and Poland's partners listened."
        << "Dmitry Orlovsky/Foreign Minister/Belarus;Pavel Lukin/Trade Minister/Belarus";
    QTest::newRow("a possessive state before 'former' is the office's")
        << "Laos's former prime minister Somsak Vong spoke. Thailand and Thailand's partners listened; Thailand agreed."
        << "Somsak Vong//Laos";
    QTest::newRow("twin: no state before 'former': the state named most")
        << "The former prime minister Somsak Vong spoke. Thailand and Thailand's partners listened; Laos agreed."
        << "Somsak Vong//Thailand";

    // --- session 17, affiliation: the dateline, the sides, the city a meeting is told in
    QTest::newRow("a dateline closed by a full stop and a dash")
        << "Santo Domingo.- President Ana Reyes received the OAS Secretary General, Tomas Ruiz, at the National Palace. Haiti and Haiti's partners listened; Haiti agreed."
        << "Ana Reyes/President/Dominican Republic;Tomas Ruiz/Secretary-General/-";
    QTest::newRow("twin: a full stop and a dash after a word that is no city")
        << "Update.- President Ana Reyes received the OAS Secretary General, Tomas Ruiz, at the National Palace. Haiti and Haiti's partners listened; Haiti agreed."
        << "Ana Reyes/President/Haiti;Tomas Ruiz/Secretary-General/-";
    QTest::newRow("a side with an agent of its own is the next list's")
        << "The talks were attended on the Korean side by Defense Minister Ahn Min-ho and Trade Minister Cho Lee-su, and on the Polish side by Foreign Minister Jan Nowak. South Korea and South Korea's partners listened; South Korea agreed."
        << "Ahn Min-ho/Defense Minister/South Korea;Cho Lee-su/Trade Minister/South Korea;Jan Nowak/Foreign Minister/Poland";
    QTest::newRow("twin: a side after the list, no agent of its own")
        << "The talks were attended by Defense Minister Ahn Min-ho and Trade Minister Cho Lee-su on the Polish side. South Korea and South Korea's partners listened; South Korea agreed."
        << "Ahn Min-ho/Defense Minister/Poland;Cho Lee-su/Trade Minister/Poland";
    QTest::newRow("the city the meeting is told in is the bare-titled host's, not the topic's state")
        << "President Ravi Persaud held talks with Canada's Foreign Minister Anne Moreau at State House in Georgetown, where the two discussed the border with Venezuela. Venezuela and Venezuela's army watched; Venezuela agreed. Guyana agreed."
        << "Ravi Persaud/President/Guyana;Anne Moreau/Foreign Minister/Canada";
    QTest::newRow("twin: a host in the visitor's capital")
        << "President Ravi Persaud held talks with Canada's Foreign Minister Anne Moreau at the Parliament in Ottawa, where the two discussed the border with Venezuela. Venezuela and Venezuela's army watched; Venezuela agreed. Guyana agreed."
        << "Ravi Persaud/President/Venezuela;Anne Moreau/Foreign Minister/Canada";
    QTest::newRow("twin: a third state's capital the article names nowhere else")
        << "President Ravi Persaud held talks with Canada's Foreign Minister Anne Moreau in Brussels, where the two discussed the border with Venezuela. Venezuela and Venezuela's army watched; Venezuela agreed. Guyana agreed."
        << "Ravi Persaud/President/Venezuela;Anne Moreau/Foreign Minister/Canada";
    QTest::newRow("met in the 'where' clause of a city: of the city's state")
        << "Foreign Minister Anne Moreau of Canada arrived in Guyana on Wednesday from Bridgetown, Barbados, where she held talks with Prime Minister Lena Hart. Guyana and Guyana's partners listened; Guyana agreed."
        << "Anne Moreau/Foreign Minister/Canada;Lena Hart/Prime Minister/Barbados";
    QTest::newRow("twin: met after a city, no 'where'")
        << "Foreign Minister Anne Moreau of Canada arrived in Guyana on Wednesday from Bridgetown, Barbados, and held talks with Prime Minister Lena Hart. Guyana and Guyana's partners listened; Guyana agreed."
        << "Anne Moreau/Foreign Minister/Canada;Lena Hart/Prime Minister/Guyana";
    QTest::newRow("a guest who met two states on the way gives the host's people no side")
        << "President Ravi Persaud held talks with Canada's Foreign Minister Anne Moreau at State House in Georgetown on Thursday. Earlier, Moreau and Foreign Minister Hugh Tod held talks at the Ministry. Moreau arrived on Wednesday from Bridgetown, Barbados, where she held talks with Prime Minister Lena Hart. Guyana and Guyana's partners listened; Guyana agreed."
        << "Ravi Persaud/President/Guyana;Anne Moreau/Foreign Minister/Canada;Hugh Tod/Foreign Minister/Guyana;Lena Hart/Prime Minister/Barbados";
    QTest::newRow("an organisation across the table: the home officials who sit in say nothing")
        << "ISLAMABAD: Finance Minister Ali Raza met the IMF mission chief, Eva Kova, on Monday. The meeting was also attended by State Bank of Pakistan Governor Omar Butt. Pakistan and Pakistan's partners listened; China agreed."
        << "Ali Raza/Finance Minister/Pakistan;Eva Kova/Mission Chief/-;Omar Butt/Governor/Pakistan";
    QTest::newRow("twin: meeting only officials of the dateline's state")
        << "ISLAMABAD: Finance Minister Ali Raza met State Bank of Pakistan Governor Omar Butt on Monday. Pakistan and Pakistan's partners listened; China agreed."
        << "Ali Raza/Finance Minister/China;Omar Butt/Governor/Pakistan";
    QTest::newRow("one the dateline placed stays at home though he meets only compatriots")
        << "ACCRA, May 2 (GNA) - Finance Minister Kofi Asante spoke on Monday. Later, Asante met Ghanaian Trade Minister Ama Owusu in Accra. Ghana and Ghana's partners listened; Togo agreed."
        << "Kofi Asante/Finance Minister/Ghana;Ama Owusu/Trade Minister/Ghana";
    QTest::newRow("twin: no dateline, the meetings move him to the other state named")
        << "Finance Minister Kofi Asante spoke on Monday. Later, Asante met Ghanaian Trade Minister Ama Owusu in Accra. Ghana and Ghana's partners listened; Togo agreed."
        << "Kofi Asante/Finance Minister/Togo;Ama Owusu/Trade Minister/Ghana";
    QTest::newRow("the one whose adviser sits in is not met")
        << "Riyadh, May 18 (SPA) -- Foreign Minister Prince Faisal Saud received French Foreign Minister Jean Morel at the ministry in Riyadh. The meeting was attended by the Minister's Advisor Sara Nasser. France and France's partners listened; Saudi Arabia agreed."
        << "Faisal Saud/Foreign Minister/Saudi Arabia;Jean Morel/Foreign Minister/France;Sara Nasser/Advisor/Saudi Arabia";
    QTest::newRow("twin: the minister who receives the adviser meets her")
        << "Riyadh, May 18 (SPA) -- Foreign Minister Prince Faisal Saud received French Foreign Minister Jean Morel at the ministry in Riyadh. Afterwards, the Minister received Advisor Sara Nasser. France and France's partners listened; Saudi Arabia agreed."
        << "Faisal Saud/Foreign Minister/Saudi Arabia;Jean Morel/Foreign Minister/France;Sara Nasser/Advisor/France";
    QTest::newRow("a chairman of a state's own body, written before the title, is placed")
        << "CAIRO: Foreign Minister Ali Raza spoke on Monday. Authority chairman Omar Saleh said transits were recovering. Egypt and Egypt's partners listened."
        << "Ali Raza/Foreign Minister/Egypt;Omar Saleh/Chairman/Egypt";
    QTest::newRow("a party's acronym before a chairman")
        << "ISLAMABAD: Finance Minister Ali Raza spoke on Monday. PTI Chairman Gohar Amin said the budget was written abroad. Pakistan and Pakistan's partners listened."
        << "Ali Raza/Finance Minister/Pakistan;Gohar Amin/Chairman/Pakistan";
    QTest::newRow("twin: a portfolio before an organisation's office places no one")
        << "CAIRO: Foreign Minister Ali Raza spoke on Monday. Enlargement Commissioner Omar Saleh said transits were recovering. Egypt and Egypt's partners listened."
        << "Ali Raza/Foreign Minister/Egypt;Omar Saleh/Commissioner/-";
    QTest::newRow("twin: an affairs portfolio is no body")
        << "CAIRO: Foreign Minister Ali Raza spoke on Monday. Home Affairs Commissioner Omar Saleh said transits were recovering. Egypt and Egypt's partners listened."
        << "Ali Raza/Foreign Minister/Egypt;Omar Saleh/Commissioner/-";
    QTest::newRow("twin: a bare chairman is an organisation's")
        << "CAIRO: Foreign Minister Ali Raza spoke on Monday. Chairman Omar Saleh said transits were recovering. Egypt and Egypt's partners listened."
        << "Ali Raza/Foreign Minister/Egypt;Omar Saleh/Chairman/-";
    QTest::newRow("twin: an organisation's acronym before a secretary-general")
        << "DHAKA: Foreign Minister Ali Raza spoke on Monday. BIMSTEC Secretary General Indra Shah said the talks went well. Bangladesh and Bangladesh's partners listened."
        << "Ali Raza/Foreign Minister/Bangladesh;Indra Shah/Secretary-General/-";
    QTest::newRow("an envoy listed with an international body's official keeps no state")
        << "Kosovo's Prime Minister Albin Kurti and Serbia's President Aleksandar Vucic met at talks hosted by NATO Secretary General Erik Dahl and envoy Peter Sorensen. Kosovo and Kosovo's partners listened; Kosovo agreed."
        << "Albin Kurti/Prime Minister/Kosovo;Aleksandar Vucic/President/Serbia;Erik Dahl/Secretary-General/-;Peter Sorensen/Envoy/-";
    QTest::newRow("twin: an envoy listed with a state's minister")
        << "Kosovo's Prime Minister Albin Kurti and Serbia's President Aleksandar Vucic met at talks hosted by Foreign Minister Erik Dahl and envoy Peter Sorensen. Kosovo and Kosovo's partners listened; Kosovo agreed."
        << "Albin Kurti/Prime Minister/Kosovo;Aleksandar Vucic/President/Serbia;Erik Dahl/Foreign Minister/Kosovo;Peter Sorensen/Envoy/Kosovo";
    QTest::newRow("twin: a state's minister listed with an international body's official")
        << "Kosovo's Prime Minister Albin Kurti and Serbia's President Aleksandar Vucic met at talks hosted by NATO Secretary General Erik Dahl and Foreign Minister Peter Sorensen. Kosovo and Kosovo's partners listened; Kosovo agreed."
        << "Albin Kurti/Prime Minister/Kosovo;Aleksandar Vucic/President/Serbia;Erik Dahl/Secretary-General/-;Peter Sorensen/Foreign Minister/Kosovo";
    QTest::newRow("the State Secretary of the Union State serves neither state")
        << "Taking part were State Secretary of the Union State Sergei Glazyev and Belarusian Foreign Minister Maxim Ryzhenkov. Belarus and Belarus's partners listened."
        << "Sergei Glazyev//-;Maxim Ryzhenkov/Foreign Minister/Belarus";
    QTest::newRow("twin: a State Secretary of a state's ministry is of that state")
        << "Taking part were Belarusian State Secretary Sergei Glazyev and Belarusian Foreign Minister Maxim Ryzhenkov. Belarus and Belarus's partners listened."
        << "Sergei Glazyev//Belarus;Maxim Ryzhenkov/Foreign Minister/Belarus";
    QTest::newRow("those an attendance lists together are not met by one another")
        << "RIYADH: Crown Prince Khalid Saud received Lebanese Prime Minister Nawaf Karam on Monday. The meeting was attended by Saudi Foreign Minister Faisal Fahd; Finance Minister Omar Nasser; and a number of senior officials. Lebanon and Lebanon's partners listened; Lebanon agreed."
        << "Khalid Saud/Crown Prince/Saudi Arabia;Nawaf Karam/Prime Minister/Lebanon;Faisal Fahd/Foreign Minister/Saudi Arabia;Omar Nasser/Finance Minister/Saudi Arabia";
    QTest::newRow("twin: the same list at a meeting, no attendance")
        << "RIYADH: Crown Prince Khalid Saud received Lebanese Prime Minister Nawaf Karam on Monday. At the meeting, Saudi Foreign Minister Faisal Fahd; Finance Minister Omar Nasser; and a number of senior officials spoke. Lebanon and Lebanon's partners listened; Lebanon agreed."
        << "Khalid Saud/Crown Prince/Saudi Arabia;Nawaf Karam/Prime Minister/Lebanon;Faisal Fahd/Foreign Minister/Saudi Arabia;Omar Nasser/Finance Minister/Lebanon";
    QTest::newRow("a dateline filed from a summit abroad: the wire's home")
        << "Bangkok [Thailand], April 4 (ANI): Prime Minister Narendra Modi held talks with Nepal's Prime Minister Khadga Oli on the sidelines of the BIMSTEC Summit. Foreign Secretary Ravi Rao briefed reporters on the talks. Nepal and Nepal's partners listened; Thailand agreed."
        << "Narendra Modi/Prime Minister/India;Khadga Oli/Prime Minister/Nepal;Ravi Rao/Foreign Secretary/India";
    QTest::newRow("twin: a dateline with no gathering: its state")
        << "Bangkok [Thailand], April 4 (ANI): Prime Minister Narendra Modi held talks with Nepal's Prime Minister Khadga Oli on the sidelines of a visit. Foreign Secretary Ravi Rao briefed reporters on the talks. Nepal and Nepal's partners listened; Thailand agreed."
        << "Narendra Modi/Prime Minister/India;Khadga Oli/Prime Minister/Nepal;Ravi Rao/Foreign Secretary/Thailand";
    QTest::newRow("a summit's dateline whose headline names the host first: the body's first official tells the home")
        << "Marcos, Anwar discuss sea code on ASEAN Summit sidelines\n\nKUALA LUMPUR – President Ferdinand Marcos Jr. on Monday held a bilateral meeting with Malaysian Prime Minister Anwar Ibrahim on the sidelines of the ASEAN Summit. Communications Secretary Jay Cruz said the talks went well. Malaysia and Malaysia's partners listened; Malaysia agreed."
        << "Ferdinand Marcos Jr./President/Philippines;Anwar Ibrahim/Prime Minister/Malaysia;Jay Cruz/Secretary/Philippines";
    QTest::newRow("twin: a state visit's dateline is the host's")
        << "Marcos, Anwar discuss sea code in Kuala Lumpur\n\nKUALA LUMPUR – President Ferdinand Marcos Jr. on Monday held a bilateral meeting with Malaysian Prime Minister Anwar Ibrahim during a state visit. Communications Secretary Jay Cruz said the talks went well. Malaysia and Malaysia's partners listened; Malaysia agreed."
        << "Ferdinand Marcos Jr./President/Philippines;Anwar Ibrahim/Prime Minister/Malaysia;Jay Cruz/Secretary/Malaysia";
    QTest::newRow("two bare titles who meet: once one is at the wire's home, the other is the guest")
        << "Secretary Marco Rubio spoke on Monday. Deputy Secretary Paul Hart met with Foreign Secretary Ravi Rao on June 12 at the Department of State. India and India's partners listened; India agreed."
        << "Marco Rubio/Secretary/United States;Paul Hart/Deputy Secretary/United States;Ravi Rao/Foreign Secretary/India";
    QTest::newRow("twin: the one who reports the attendance is not met")
        << "Secretary Marco Rubio spoke on Monday. Deputy Secretary Paul Hart said that talks on June 12 at the Department of State were attended by Foreign Secretary Ravi Rao. India and India's partners listened; India agreed."
        << "Marco Rubio/Secretary/United States;Paul Hart/Deputy Secretary/United States;Ravi Rao/Foreign Secretary/United States";
    QTest::newRow("a spokesman who reports the attendance meets nobody in it")
        << "President Omar Farah received Qatari Prime Minister Ali Thani on Monday. Presidential Spokesman Ahmed Fathy said the meeting was attended by Egyptian Foreign Minister Badr Nour. Egypt and Egypt's partners listened; Qatar agreed."
        << "Omar Farah/President/Egypt;Ali Thani/Prime Minister/Qatar;Ahmed Fathy/Presidential Spokesman/Egypt;Badr Nour/Foreign Minister/Egypt";
    QTest::newRow("twin: a spokesman who meets the minister")
        << "President Omar Farah received Qatari Prime Minister Ali Thani on Monday. Presidential Spokesman Ahmed Fathy later met Egyptian Foreign Minister Badr Nour. Egypt and Egypt's partners listened; Qatar agreed."
        << "Omar Farah/President/Egypt;Ali Thani/Prime Minister/Qatar;Ahmed Fathy/Presidential Spokesman/Qatar;Badr Nour/Foreign Minister/Egypt";
    QTest::newRow("one who represents a leader is of the leader's state")
        << "Kenyan President Daniel Otieno did not attend the summit in Kampala, and his country was represented by Foreign Minister Paul Kamau. Uganda and Uganda's partners listened; Uganda agreed."
        << "Daniel Otieno/President/Kenya;Paul Kamau/Foreign Minister/Kenya";
    QTest::newRow("twin: one who chairs the talks the leader missed")
        << "Kenyan President Daniel Otieno did not attend the summit in Kampala, and the talks were chaired by Foreign Minister Paul Kamau. Uganda and Uganda's partners listened; Uganda agreed."
        << "Daniel Otieno/President/Kenya;Paul Kamau/Foreign Minister/Uganda";
    QTest::newRow("a count before a listed plural title numbers the sides")
        << "The Czech and Slovak prime ministers met in Bratislava, where they were joined by the two foreign ministers, Petr Maly and Juraj Blanár. Slovakia and Slovakia's partners listened; Slovakia agreed. Czech Republic agreed."
        << "Petr Maly/Foreign Minister/Czech Republic;Juraj Blanár/Foreign Minister/Slovakia";
    // (s21, affil14: "the foreign ministers A and B" with no count is one foreign minister for
    // each side too, a state has one; a generic plural office with no count lists one side)
    QTest::newRow("twin: a generic plural title with no count lists one side")
        << "The Czech and Slovak prime ministers met in Bratislava, where they were joined by the ministers Petr Maly and Juraj Blanár. Slovakia and Slovakia's partners listened; Slovakia agreed. Czech Republic agreed."
        << "Petr Maly/Minister/Slovakia;Juraj Blanár/Minister/Slovakia";
    QTest::newRow("a leader the headline introduces by his state's name is no sign of the wire's home")
        << "Taoiseach and British PM agree new work programme\n\nKeir Starmer arrived in Dublin on Friday. Minister for Justice Jim Daly said the talks went well. Ireland and Ireland's partners listened; Ireland agreed."
        << "Keir Starmer/Prime Minister/United Kingdom;Jim Daly/Minister/Ireland";
    QTest::newRow("twin: a headline that writes no state on him: the dictionary's state is the wire's home")
        << "Taoiseach and visiting PM agree new work programme\n\nKeir Starmer arrived in Dublin on Friday. Minister for Justice Jim Daly said the talks went well. Ireland and Ireland's partners listened; Ireland agreed."
        << "Keir Starmer/Prime Minister/United Kingdom;Jim Daly/Minister/United Kingdom";
    QTest::newRow("officials named before 'part of the X delegation' are its members")
        << "MANILA: President Ramon Cruz received Prime Minister Lawrence Tan of Singapore. Defence Minister Ali Omar and Trade Minister Ben Goh were part of the Singapore delegation. Philippines and the Philippines' partners listened; Philippines agreed."
        << "Ramon Cruz/President/Philippines;Lawrence Tan/Prime Minister/Singapore;Ali Omar/Defence Minister/Singapore;Ben Goh/Trade Minister/Singapore";
    QTest::newRow("twin: officials who meet the delegation")
        << "MANILA: President Ramon Cruz received Prime Minister Lawrence Tan of Singapore. Defence Minister Ali Omar and Trade Minister Ben Goh met the Singapore delegation. Philippines and the Philippines' partners listened; Philippines agreed."
        << "Ramon Cruz/President/Philippines;Lawrence Tan/Prime Minister/Singapore;Ali Omar/Defence Minister/Philippines;Ben Goh/Trade Minister/Philippines";
    QTest::newRow("'as was' after the delegation joins a member")
        << "MANILA: President Ramon Cruz received Prime Minister Lawrence Tan of Singapore. Defence Minister Ali Omar was part of the Singapore delegation, as was Trade Minister Ben Goh. Philippines and the Philippines' partners listened; Philippines agreed."
        << "Ramon Cruz/President/Philippines;Lawrence Tan/Prime Minister/Singapore;Ali Omar/Defence Minister/Singapore;Ben Goh/Trade Minister/Singapore";
    QTest::newRow("twin: another clause after the delegation")
        << "MANILA: President Ramon Cruz received Prime Minister Lawrence Tan of Singapore. Defence Minister Ali Omar was part of the Singapore delegation, and Trade Minister Ben Goh welcomed it. Philippines and the Philippines' partners listened; Philippines agreed."
        << "Ramon Cruz/President/Philippines;Lawrence Tan/Prime Minister/Singapore;Ali Omar/Defence Minister/Singapore;Ben Goh/Trade Minister/Philippines";

    // --- session 17, affiliation2: states left implicit by the outlet (tests first)
    QTest::newRow("wire dateline: the bare-titled host is the wire's home")
        << "ANKARA (AA) - President Kemal Arslan received Hungarian Prime Minister Peter Szabo at the presidential complex on Tuesday. Hungary and Hungary's partners listened; Hungary agreed."
        << "Kemal Arslan//Turkey;Peter Szabo//Hungary";
    QTest::newRow("twin: the guest's demonym written on the host")
        << "ANKARA (AA) - Hungarian President Kemal Arslan received Prime Minister Peter Szabo at the presidential complex on Tuesday. Hungary and Hungary's partners listened; Hungary agreed."
        << "Kemal Arslan//Hungary;Peter Szabo//*";
    QTest::newRow("the guest's retinue: 'X was accompanied by'")
        << "NAIROBI: President Paul Otieno received Tanzanian President Amina Salim at State House on Monday. Salim was accompanied by Foreign Minister Juma Hassan. Uganda and Uganda's partners listened; Uganda agreed."
        << "Paul Otieno//Kenya;Amina Salim//Tanzania;Juma Hassan//Tanzania";
    QTest::newRow("twin: the host's retinue")
        << "NAIROBI: President Paul Otieno received Tanzanian President Amina Salim at State House on Monday. Otieno was accompanied by Foreign Minister Juma Hassan. Uganda and Uganda's partners listened; Uganda agreed."
        << "Paul Otieno//Kenya;Amina Salim//Tanzania;Juma Hassan//Kenya";
    QTest::newRow("the guest's delegation included")
        << "NAIROBI: President Paul Otieno received a Tanzanian delegation led by Prime Minister Amina Salim on Monday. The delegation included Trade Minister Juma Hassan. Uganda and Uganda's partners listened; Uganda agreed."
        << "Paul Otieno//Kenya;Amina Salim//Tanzania;Juma Hassan//Tanzania";
    QTest::newRow("twin: the host's side included")
        << "NAIROBI: President Paul Otieno received a Tanzanian delegation led by Prime Minister Amina Salim on Monday. The Kenyan side included Trade Minister Juma Hassan. Uganda and Uganda's partners listened; Uganda agreed."
        << "Paul Otieno//Kenya;Amina Salim//Tanzania;Juma Hassan//Kenya";
    QTest::newRow("on the guest's side, bare titles")
        << "NAIROBI: President Paul Otieno received Tanzanian President Amina Salim on Monday. On the Tanzanian side, the talks were attended by Trade Minister Juma Hassan. Uganda and Uganda's partners listened; Uganda agreed."
        << "Paul Otieno//Kenya;Amina Salim//Tanzania;Juma Hassan//Tanzania";
    QTest::newRow("twin: on the host's side, bare titles")
        << "NAIROBI: President Paul Otieno received Tanzanian President Amina Salim on Monday. On the Kenyan side, the talks were attended by Trade Minister Juma Hassan. Uganda and Uganda's partners listened; Uganda agreed."
        << "Paul Otieno//Kenya;Amina Salim//Tanzania;Juma Hassan//Kenya";
    QTest::newRow("the host's escort at the airport")
        << "Tanzanian President Amina Salim arrived in Nairobi on Monday and was welcomed at the airport by Deputy President Samuel Kiprop. Uganda and Uganda's partners listened; Uganda agreed. Kenya agreed."
        << "Amina Salim//Tanzania;Samuel Kiprop//Kenya";
    QTest::newRow("twin: arriving with her own deputy")
        << "Tanzanian President Amina Salim arrived in Nairobi on Monday, accompanied by Vice President Samuel Kiprop. Uganda and Uganda's partners listened; Uganda agreed. Kenya agreed."
        << "Amina Salim//Tanzania;Samuel Kiprop//Tanzania";
    QTest::newRow("the guest's ambassador to the host")
        << "BEIJING: Vice Foreign Minister Li Ming met the Kazakh Ambassador to China, Nurlan Bekov, on Monday. Russia and Russia's partners listened; Russia agreed."
        << "Li Ming//China;Nurlan Bekov//Kazakhstan";
    QTest::newRow("twin: the host's ambassador to the guest")
        << "BEIJING: Vice Foreign Minister Li Ming met Kazakh Foreign Minister Nurlan Bekov on Monday. The Chinese Ambassador to Kazakhstan, Zhang Wei, attended the talks. Russia and Russia's partners listened; Russia agreed."
        << "Li Ming//China;Nurlan Bekov//Kazakhstan;Zhang Wei//China";
    QTest::newRow("the ambassador of the guest's state to the host")
        << "BEIJING: Vice Foreign Minister Li Ming met Ambassador of Kazakhstan to China Nurlan Bekov on Monday. Russia and Russia's partners listened; Russia agreed."
        << "Li Ming//China;Nurlan Bekov//Kazakhstan";
    QTest::newRow("twin: the ambassador of the host to the guest's state")
        << "BEIJING: Vice Foreign Minister Li Ming met Kazakh Foreign Minister Nurlan Bekov on Monday. Ambassador of China to Kazakhstan Zhang Wei also attended the talks. Russia and Russia's partners listened; Russia agreed."
        << "Li Ming//China;Nurlan Bekov//Kazakhstan;Zhang Wei//China";
    QTest::newRow("his counterpart from a state")
        << "ISLAMABAD: Foreign Minister Ali Raza met his counterpart from Turkey, Foreign Minister Emre Kaya, on Monday. China and China's partners listened; China agreed."
        << "Ali Raza//Pakistan;Emre Kaya//Turkey";
    QTest::newRow("twin: his deputy")
        << "ISLAMABAD: Foreign Minister Ali Raza met his deputy, Emre Kaya, on Monday. China and China's partners listened; China agreed."
        << "Ali Raza//Pakistan;Emre Kaya//Pakistan";
    QTest::newRow("'Her deputy, B' opening a sentence: the deputy of the last sentence's subject")
        << "Dutch Foreign Minister Anna Visser arrived in Rabat on Monday. Her deputy, State Secretary Youssef Amrani, praised the ties. Morocco and Morocco's partners listened; Morocco agreed."
        << "Anna Visser//Netherlands;Youssef Amrani//Netherlands";
    QTest::newRow("twin: 'Her counterpart, B' is of the other side")
        << "Dutch Foreign Minister Anna Visser arrived in Rabat on Monday. Her counterpart, Foreign Minister Youssef Amrani, praised the ties. Morocco and Morocco's partners listened; Morocco agreed."
        << "Anna Visser//Netherlands;Youssef Amrani//Morocco";
    QTest::newRow("the visiting minister's companion")
        << "RABAT (MAP) - Foreign Minister Youssef Amrani held talks with Foreign Minister Anna Visser of the Netherlands on Monday. The visiting minister was accompanied by State Secretary Jan Bakker. Algeria and Algeria's partners listened; Algeria agreed."
        << "Youssef Amrani//Morocco;Anna Visser//Netherlands;Jan Bakker//Netherlands";
    QTest::newRow("twin: the host minister's companion")
        << "RABAT (MAP) - Foreign Minister Youssef Amrani held talks with Foreign Minister Anna Visser of the Netherlands on Monday. The Moroccan minister was accompanied by State Secretary Karim Alaoui. Algeria and Algeria's partners listened; Algeria agreed."
        << "Youssef Amrani//Morocco;Anna Visser//Netherlands;Karim Alaoui//Morocco";
    QTest::newRow("the Kremlin spokesman is Russia's")
        << "Hungarian Prime Minister Peter Szabo spoke on Monday. Kremlin spokesman Oleg Lavrin said the talks went well. Hungary and Hungary's partners listened; Hungary agreed."
        << "Peter Szabo//Hungary;Oleg Lavrin//Russia";
    QTest::newRow("twin: a government spokesman is the story's")
        << "Hungarian Prime Minister Peter Szabo spoke on Monday. Government spokesman Oleg Lavrin said the talks went well. Hungary and Hungary's partners listened; Hungary agreed."
        << "Peter Szabo//Hungary;Oleg Lavrin//Hungary";
    QTest::newRow("the ministry's spokesperson under a wire's dateline")
        << "BEIJING, May 3 (Xinhua) -- Foreign Ministry spokesperson Mao Lin said on Monday that Premier Li Ming would visit Hungary. Hungary and Hungary's partners listened; Hungary agreed."
        << "Mao Lin//China;Li Ming//China";
    QTest::newRow("twin: the same spokesperson under the guest's dateline")
        << "BUDAPEST, May 3 (MTI) -- Foreign Ministry spokesperson Mao Lin said on Monday that Premier Li Ming would visit China. China and China's partners listened; China agreed."
        << "Mao Lin//Hungary;Li Ming//*";
    QTest::newRow("the GCC's secretary-general at a ministerial meeting serves no state")
        << "RIYADH: The GCC ministerial council met on Monday, chaired by Kuwaiti Foreign Minister Salem Nasser and attended by GCC Secretary General Jasem Albudaiwi. Qatar and Qatar's partners listened; Qatar agreed."
        << "Salem Nasser//Kuwait;Jasem Albudaiwi//-";
    QTest::newRow("twin: a state's own secretary-general at the meeting")
        << "RIYADH: The GCC ministerial council met on Monday, chaired by Kuwaiti Foreign Minister Salem Nasser and attended by Saudi Secretary General Jasem Albudaiwi. Qatar and Qatar's partners listened; Qatar agreed."
        << "Salem Nasser//Kuwait;Jasem Albudaiwi//Saudi Arabia";
    QTest::newRow("the head of IOM serves no state")
        << "NAIROBI: President Paul Otieno met IOM Director General Amy Parks at State House on Monday. Uganda and Uganda's partners listened; Uganda agreed."
        << "Paul Otieno//Kenya;Amy Parks//-";
    QTest::newRow("twin: a director general of the home state")
        << "NAIROBI: President Paul Otieno met Director General of Immigration Amy Parks at State House on Monday. Uganda and Uganda's partners listened; Uganda agreed."
        << "Paul Otieno//Kenya;Amy Parks//Kenya";
    QTest::newRow("the EAC secretary general serves no state")
        << "NAIROBI: President Paul Otieno met EAC Secretary General Vera Ndiwa on Monday. Uganda and Uganda's partners listened; Uganda agreed."
        << "Paul Otieno//Kenya;Vera Ndiwa//-";
    QTest::newRow("twin: the cabinet secretary general serves the home state")
        << "NAIROBI: President Paul Otieno met Cabinet Secretary General Vera Ndiwa on Monday. Uganda and Uganda's partners listened; Uganda agreed."
        << "Paul Otieno//Kenya;Vera Ndiwa//Kenya";
    QTest::newRow("the IMF managing director serves no state")
        << "ISLAMABAD: Finance Minister Ali Raza met IMF Managing Director Eva Kova on Monday. China and China's partners listened; China agreed."
        << "Ali Raza//Pakistan;Eva Kova//-";
    QTest::newRow("twin: a bank's managing director at home")
        << "ISLAMABAD: Finance Minister Ali Raza met National Bank Managing Director Eva Kova on Monday. China and China's partners listened; China agreed."
        << "Ali Raza//Pakistan;Eva Kova//Pakistan";
    QTest::newRow("the home state's opposition leader quoted")
        << "ISLAMABAD: Prime Minister Ali Raza received Turkish President Emre Kaya on Monday. Opposition leader Omar Butt said the visit achieved nothing. Turkey and Turkey's partners listened; Turkey agreed."
        << "Ali Raza//Pakistan;Emre Kaya//Turkey;Omar Butt//Pakistan";
    QTest::newRow("twin: the guest's opposition leader quoted")
        << "ISLAMABAD: Prime Minister Ali Raza received Turkish President Emre Kaya on Monday. Turkish opposition leader Omar Butt said the visit achieved nothing. Turkey and Turkey's partners listened; Turkey agreed."
        << "Ali Raza//Pakistan;Emre Kaya//Turkey;Omar Butt//Turkey";
    QTest::newRow("an opposition spokesman in a story filed from a summit abroad")
        << "NEW YORK, Sept 24 (APP) - Prime Minister Ali Raza met Turkish President Emre Kaya on the sidelines of the UN General Assembly. Opposition spokesman Omar Butt criticised the trip. Turkey and Turkey's partners listened; United States agreed."
        << "Ali Raza//Pakistan;Emre Kaya//Turkey;Omar Butt//Pakistan";
    QTest::newRow("twin: the guest's opposition spokesman in the same story")
        << "NEW YORK, Sept 24 (APP) - Prime Minister Ali Raza met Turkish President Emre Kaya on the sidelines of the UN General Assembly. Turkish opposition spokesman Omar Butt criticised the trip. Turkey and Turkey's partners listened; United States agreed."
        << "Ali Raza//Pakistan;Emre Kaya//Turkey;Omar Butt//Turkey";
    QTest::newRow("an opposition spokesman quoted by a wire filing abroad is of the wire's home")
        << "Ministers land in Suva\n\n(Australian Associated Press)\n\nSUVA, May 3 - Foreign Minister Penny Wong met Fijian Prime Minister Tomasi Vuki in Suva on Thursday. Opposition foreign affairs spokesman Mark Dunn said the visit was overdue. Fiji and Fiji's partners listened; Fiji agreed."
        << "Penny Wong//Australia;Tomasi Vuki//Fiji;Mark Dunn//Australia";
    QTest::newRow("twin: the same story by the host's own wire")
        << "Ministers land in Suva\n\n(Fiji Broadcasting Corporation)\n\nSUVA, May 3 - Foreign Minister Penny Wong met Fijian Prime Minister Tomasi Vuki in Suva on Thursday. Opposition foreign affairs spokesman Mark Dunn said the visit was overdue. Fiji and Fiji's partners listened; Fiji agreed."
        << "Penny Wong//Australia;Tomasi Vuki//Fiji;Mark Dunn//Fiji";
    // session 20, fixups: an opposition critic or shadow minister of a field opposes the minister of that field the
    // story names, so he is of that minister's state, not of the dateline's
    QTest::newRow("a party's critic of a field is of the state whose minister of that field the story names")
        << "BEIJING - Canada's Trade Minister Rita Moss met Commerce Minister Wang Hu on Monday. Moss was accompanied by Agriculture Minister Dan Cole. Conservative agriculture critic Tom Lacey said the government had given too much away. China and China's partners listened; China agreed."
        << "Rita Moss//Canada;Wang Hu//China;Dan Cole//Canada;Tom Lacey//Canada";
    QTest::newRow("twin: the host's own agriculture minister named, the critic is the host's")
        << "BEIJING - Canada's Trade Minister Rita Moss met Commerce Minister Wang Hu and China's Agriculture Minister Dan Cole on Monday. Conservative agriculture critic Tom Lacey said the government had given too much away. China and China's partners listened; China agreed."
        << "Rita Moss//Canada;Wang Hu//China;Dan Cole//China;Tom Lacey//China";
    QTest::newRow("a shadow minister of a field abroad is of the state of that field's minister")
        << "NEW DELHI - British Defence Secretary John Pike met Foreign Minister Raj Mehta on Monday. Shadow defence secretary Ann Rowe said the deal came too late. India and India's partners listened; India agreed."
        << "John Pike//United Kingdom;Raj Mehta//India;Ann Rowe//United Kingdom";
    QTest::newRow("twin: a shadow minister of a field no minister holds stays the dateline's")
        << "NEW DELHI - British Defence Secretary John Pike met Foreign Minister Raj Mehta on Monday. Shadow health secretary Ann Rowe said the deal came too late. India and India's partners listened; India agreed."
        << "John Pike//United Kingdom;Raj Mehta//India;Ann Rowe//India";
    QTest::newRow("an opposition spokesman of a field, told after the quote")
        << "TOKYO - \"We were not consulted,\" said opposition trade spokesman Ben Kerr, after Australian Trade Minister Lisa Hale met Foreign Minister Taro Ono on Monday. Japan and Japan's partners listened; Japan agreed."
        << "Ben Kerr//Australia;Lisa Hale//Australia;Taro Ono//Japan";
    QTest::newRow("a pronoun before 'accompanied by' is the one accompanied, though not placed yet")
        << "Prime Minister Tomasi Vuki was welcomed by New Zealand's Minister Anne Hart on his arrival in Auckland. Vuki is on a visit to New Zealand and will attend Fiji Day. Vuki met Fiji's High Commissioner Jone Rabe and New Zealand's Trade Minister Mark Dunn, and he was also accompanied by Permanent Secretary Lesi Naca. New Zealand and New Zealand's partners listened; New Zealand agreed."
        << "Tomasi Vuki//Fiji;Anne Hart//New Zealand;Jone Rabe//Fiji;Mark Dunn//New Zealand;Lesi Naca//Fiji";
    QTest::newRow("twin: a named official before 'accompanied by'")
        << "Prime Minister Tomasi Vuki was welcomed by New Zealand's Minister Anne Hart on his arrival in Auckland. Vuki is on a visit to New Zealand and will attend Fiji Day. Vuki met Fiji's High Commissioner Jone Rabe and New Zealand's Trade Minister Mark Dunn, and Dunn was also accompanied by Permanent Secretary Lesi Naca. New Zealand and New Zealand's partners listened; New Zealand agreed."
        << "Tomasi Vuki//Fiji;Anne Hart//New Zealand;Jone Rabe//Fiji;Mark Dunn//New Zealand;Lesi Naca//New Zealand";
    QTest::newRow("a headline listing a name and two bare titles: no apposition")
        << "Farah, Qatari premier, US envoy discuss Gaza truce\n\nCAIRO - President Omar Farah received Qatari Prime Minister Ali Thani on Monday. Qatar and Qatar's partners listened; Qatar agreed."
        << "Omar Farah//Egypt;Ali Thani//Qatar";
    QTest::newRow("twin: a name in apposition to a demonym title")
        << "Ali Thani, Qatari premier, arrives in Cairo\n\nCAIRO - President Omar Farah received Prime Minister Ali Thani on Monday. Qatar and Qatar's partners listened; Qatar agreed."
        << "Omar Farah//Egypt;Ali Thani//Qatar";
    QTest::newRow("an unlabelled two-sided attendance list: each by its own demonym")
        << "MOSCOW: The talks were attended by Russian Defence Minister Ivan Petrov, Foreign Minister Dmitry Orlovsky, Belarusian Trade Minister Anton Klimuk and Russian Energy Minister Oleg Sidorov. Poland and Poland's partners listened; Poland agreed."
        << "Ivan Petrov//Russia;Dmitry Orlovsky//Belarus;Anton Klimuk//Belarus;Oleg Sidorov//Russia";
    QTest::newRow("twin: one side's list")
        << "MOSCOW: The talks were attended by Russian Defence Minister Ivan Petrov, Foreign Minister Sergei Volkov, Trade Minister Anton Klimuk and Energy Minister Oleg Sidorov. Poland and Poland's partners listened; Poland agreed."
        << "Ivan Petrov//Russia;Sergei Volkov//Russia;Anton Klimuk//Russia;Oleg Sidorov//Russia";
    QTest::newRow("Greenland's premier serves Greenland")
        << "Greenland's Premier Jens Nilsen met Danish Prime Minister Karen Holm in Copenhagen. Germany and Germany's partners listened; Germany agreed."
        << "Jens Nilsen//Greenland;Karen Holm//Denmark";
    QTest::newRow("twin: Greenland only as a topic")
        << "Danish Prime Minister Karen Holm met German Chancellor Jens Nilsen in Copenhagen to discuss Greenland. Germany and Germany's partners listened; Germany agreed."
        << "Karen Holm//Denmark;Jens Nilsen//Germany";

    // --- session 18, affiliation: seats many states name, lower-case bodies, a state that is
    // represented, an aide's principal, the city of the lead's meeting, a town's "where"
    QTest::newRow("a generic seat before a title says nothing of the state")
        << "ISLAMABAD: Foreign Office spokesperson Tahir Aziz said the border would reopen soon. Pakistan and Pakistan's partners listened; Afghanistan agreed."
        << "Tahir Aziz//Pakistan";
    QTest::newRow("twin: a seat of one state before a title")
        << "ISLAMABAD: Downing Street spokesperson Tahir Aziz said the border would reopen soon. Pakistan and Pakistan's partners listened; Afghanistan agreed."
        << "Tahir Aziz//United Kingdom";
    QTest::newRow("a chancellery's chief of staff is of the dateline's state")
        << "VIENNA: Chancellery chief of staff Karl Huber told reporters the talks went well. Austria and Austria's partners listened."
        << "Karl Huber//Austria";
    QTest::newRow("twin: the Kremlin's chief of staff")
        << "VIENNA: Kremlin chief of staff Karl Huber told reporters the talks went well. Austria and Austria's partners listened."
        << "Karl Huber//Russia";
    QTest::newRow("a state written before the generic seat is the holder's")
        << "NAIROBI: According to Pakistan's Foreign Office spokesperson Tahir Aziz, the talks went well. Kenya and Kenya's partners listened."
        << "Tahir Aziz//Pakistan";
    QTest::newRow("twin: the generic seat alone")
        << "NAIROBI: According to Foreign Office spokesperson Tahir Aziz, the talks went well. Kenya and Kenya's partners listened."
        << "Tahir Aziz//Kenya";
    QTest::newRow("a demonym before a generic seat before a long title")
        << "PARIS: German Chancellery Security Policy Adviser Jens Vogt met French officials. France and France's partners listened."
        << "Jens Vogt//Germany";
    QTest::newRow("twin: a generic seat of a national palace")
        << "LIMA: National Palace spokeswoman Rosa Diaz said the president would travel. Peru and Peru's partners listened."
        << "Rosa Diaz//Peru";
    QTest::newRow("a demonym before a body in lower case: the army")
        << "CAIRO: Sudanese army spokesman Brigadier General Nabil Omar said the truce was rejected. Egypt and Egypt's partners listened."
        << "Nabil Omar//Sudan";
    QTest::newRow("twin: a demonym on the reporters, not the army")
        << "CAIRO: Sudanese media quoted army spokesman Brigadier General Nabil Omar on the truce. Egypt and Egypt's partners listened."
        << "Nabil Omar//Egypt";
    QTest::newRow("a demonym before a foreign ministry in lower case")
        << "WARSAW: Russian foreign ministry spokeswoman Daria Orlova said the talks were useful. Poland and Poland's partners listened."
        << "Daria Orlova//Russia";
    QTest::newRow("twin: a demonym on the ones who ask")
        << "WARSAW: Russian reporters asked foreign ministry spokeswoman Daria Orlova about the talks. Poland and Poland's partners listened."
        << "Daria Orlova//Poland";
    QTest::newRow("a demonym before the police, a quote after")
        << "\"We will not allow it,\" Kenyan police spokesman Paul Otieno said in Kampala. Uganda and Uganda's partners listened; Uganda agreed."
        << "Paul Otieno//Kenya";
    QTest::newRow("twin: a demonym then a verb before the body")
        << "\"We will not allow it,\" Kenyan officers told police spokesman Paul Otieno in Kampala. Uganda and Uganda's partners listened; Uganda agreed."
        << "Paul Otieno//Uganda";
    QTest::newRow("a demonym before the military in lower case")
        << "WARSAW: Israeli military spokesman Avi Dror said the strike hit a depot. Poland and Poland's partners listened."
        << "Avi Dror//Israel";
    QTest::newRow("twin: a demonym on the ones the military spokesman briefed")
        << "WARSAW: Israeli reporters heard military spokesman Avi Dror say the strike hit a depot. Poland and Poland's partners listened."
        << "Avi Dror//Poland";
    QTest::newRow("a state before its government in lower case")
        << "BERLIN: The Iranian government spokeswoman Fatemeh Rahimi said the visit was postponed. Germany and Germany's partners listened."
        << "Fatemeh Rahimi//Iran";
    QTest::newRow("twin: the government of the dateline")
        << "BERLIN: The government spokeswoman Fatemeh Rahimi said the Iranian visit was postponed. Germany and Germany's partners listened."
        << "Fatemeh Rahimi//Germany";
    QTest::newRow("a movement that governs a state: its spokesman")
        << "ISLAMABAD: In Kabul, Taliban spokesman Zabihullah Omari said the crossings must reopen. Pakistan and Pakistan's partners listened."
        << "Zabihullah Omari//Afghanistan";
    QTest::newRow("twin: a spokesman of a group that governs no state")
        << "ISLAMABAD: In Kabul, militia spokesman Zabihullah Omari said the crossings must reopen. Pakistan and Pakistan's partners listened."
        << "";
    QTest::newRow("twin: the militant group of the same name in another state")
        << "ISLAMABAD: Pakistani Taliban spokesman Omar Khorasani said the group attacked the post. Pakistan and Pakistan's partners listened."
        << "";
    QTest::newRow("the movement after the state's demonym")
        << "ISLAMABAD: Afghan Taliban spokesman Omar Khorasani said the crossings must reopen. Pakistan and Pakistan's partners listened."
        << "Omar Khorasani//Afghanistan";
    QTest::newRow("a movement that governs a state: its minister")
        << "DOHA: Taliban Foreign Minister Abdul Noori met Qatari officials on Monday. Qatar and Qatar's partners listened."
        << "Abdul Noori//Afghanistan";
    QTest::newRow("twin: a minister of a group that governs no state")
        << "DOHA: Houthi Foreign Minister Abdul Noori met Qatari officials on Monday. Qatar and Qatar's partners listened."
        << "";
    QTest::newRow("a state represented by an official: the official serves it")
        << "New Delhi, May 14 (PTI) The talks were attended by Russian Foreign Minister Ivan Petrov. China was represented by Vice Foreign Minister Sun Lei. India and India's partners listened."
        << "Ivan Petrov//Russia;Sun Lei//China";
    QTest::newRow("twin: a state criticised by an official")
        << "New Delhi, May 14 (PTI) The talks were attended by Russian Foreign Minister Ivan Petrov. China was criticised by Vice Foreign Minister Sun Lei. India and India's partners listened."
        << "Ivan Petrov//Russia;Sun Lei//India";
    QTest::newRow("a state represented at an event by an official")
        << "NAIROBI: Uganda was represented at the summit by Deputy President Moses Okello. Kenya and Kenya's partners listened."
        << "Moses Okello//Uganda";
    QTest::newRow("twin: a state praised at an event by an official")
        << "NAIROBI: Uganda was praised at the summit by Deputy President Moses Okello. Kenya and Kenya's partners listened."
        << "Moses Okello//Kenya";
    QTest::newRow("representing a state opens the sentence")
        << "NAIROBI: Representing Japan was State Minister Ken Ito. Kenya and Kenya's partners listened."
        << "Ken Ito//Japan";
    QTest::newRow("twin: greeting a state opens the sentence")
        << "NAIROBI: Greeting Japan was State Minister Ken Ito. Kenya and Kenya's partners listened."
        << "Ken Ito//Kenya";
    QTest::newRow("an official who represented a state")
        << "NAIROBI: State Minister Ken Ito represented Japan at the summit. Kenya and Kenya's partners listened."
        << "Ken Ito//Japan";
    QTest::newRow("twin: an official who praised a state")
        << "NAIROBI: State Minister Ken Ito praised Japan at the summit. Kenya and Kenya's partners listened."
        << "Ken Ito//Kenya";
    QTest::newRow("a state after its comma, represented by an official")
        << "NAIROBI: Brazil, represented by Trade Minister Paulo Reis, signed the accord. Kenya and Kenya's partners listened."
        << "Paulo Reis//Brazil";
    QTest::newRow("twin: a state welcomed by an official")
        << "NAIROBI: Brazil, welcomed by Trade Minister Paulo Reis, signed the accord. Kenya and Kenya's partners listened."
        << "Paulo Reis//Kenya";
    QTest::newRow("a state that sent an official: the official serves it")
        << "NEW DELHI: China sent Vice Foreign Minister Sun Lei to the talks. India and India's partners listened."
        << "Sun Lei//China";
    QTest::newRow("twin: a state that sent a letter to an official")
        << "NEW DELHI: China sent a letter to Vice Foreign Minister Sun Lei. India and India's partners listened."
        << "Sun Lei//India";
    QTest::newRow("a capital that dispatched its official")
        << "NEW DELHI: Beijing dispatched its Vice Foreign Minister Sun Lei to the talks. India and India's partners listened."
        << "Sun Lei//China";
    QTest::newRow("twin: a capital that praised an official")
        << "NEW DELHI: Beijing praised Vice Foreign Minister Sun Lei for the talks. India and India's partners listened."
        << "Sun Lei//India";
    QTest::newRow("an organisation's possessive in a plural's apostrophe: no state")
        << "CAIRO: The United Nations' personal envoy for Sudan, Omar Lamin, met Sudanese Foreign Minister Ali Nur in Port Sudan. Egypt and Egypt's partners listened."
        << "Omar Lamin//-;Ali Nur//Sudan";
    QTest::newRow("twin: a state's possessive before the envoy")
        << "CAIRO: Sudan's personal envoy for Egypt, Omar Lamin, met Sudanese Foreign Minister Ali Nur in Port Sudan. Egypt and Egypt's partners listened."
        << "Omar Lamin//Sudan;Ali Nur//Sudan";
    QTest::newRow("a state's possessive in a plural's apostrophe")
        << "CAIRO: The United States' envoy for Sudan, Tom Hale, met Sudanese Foreign Minister Ali Nur in Port Sudan. Egypt and Egypt's partners listened."
        << "Tom Hale//United States;Ali Nur//Sudan";
    QTest::newRow("twin: a plural's apostrophe of no state")
        << "CAIRO: The rebels' envoy for Sudan, Tom Hale, met Sudanese Foreign Minister Ali Nur in Port Sudan. Egypt and Egypt's partners listened."
        << "Tom Hale//Egypt;Ali Nur//Sudan";
    QTest::newRow("an adviser to a state's leader serves that state")
        << "CAIRO: Foreign Minister Karim Nassar held talks with Tom Hale, the senior adviser to United States President Mark Olsen on Africa, on a truce. Egypt and Egypt's partners listened."
        << "Karim Nassar//Egypt;Tom Hale//United States;Mark Olsen//United States";
    QTest::newRow("twin: an adviser who met a state's leader")
        << "CAIRO: Foreign Minister Karim Nassar said Tom Hale, the senior adviser, met United States President Mark Olsen on a truce. Egypt and Egypt's partners listened."
        << "Karim Nassar//Egypt;Tom Hale//Egypt;Mark Olsen//United States";
    QTest::newRow("an adviser to a leader named by demonym")
        << "LIMA: Paulo Reis, a senior adviser to Brazilian President Luiz Castro, said the talks went well. Peru and Peru's partners listened."
        << "Paulo Reis//Brazil;Luiz Castro//Brazil";
    QTest::newRow("twin: an adviser who thanked a leader")
        << "LIMA: Paulo Reis, a senior adviser, thanked Brazilian President Luiz Castro for the talks. Peru and Peru's partners listened."
        << "Paulo Reis//Peru;Luiz Castro//Brazil";
    QTest::newRow("a special envoy of a leader")
        << "ANKARA: Ivan Sokolov, special envoy of Russian President Oleg Markov, arrived on Monday. Turkey and Turkey's partners listened."
        << "Ivan Sokolov//Russia;Oleg Markov//Russia";
    QTest::newRow("a spokesman for a leader")
        << "KAMPALA: Bayo Kamau, spokesman for Kenyan President Daniel Mwangi, said on Monday the visit would go ahead. Uganda and Uganda's partners listened."
        << "Bayo Kamau//Kenya;Daniel Mwangi//Kenya";
    QTest::newRow("twin: a spokesman who spoke to a leader")
        << "KAMPALA: Bayo Kamau, the spokesman, spoke to Kenyan President Daniel Mwangi on Monday about the visit. Uganda and Uganda's partners listened."
        << "Bayo Kamau//Uganda;Daniel Mwangi//Kenya";
    QTest::newRow("no dateline: the city of the lead's meeting is the home of bare titles")
        << "German Chancellor Karl Brandt received Chinese Premier Li Wen in Berlin on Tuesday. China's exports, China's curbs and China's rules were discussed. Government spokesman Peter Lang said the talks went well."
        << "Karl Brandt//Germany;Li Wen//China;Peter Lang//Germany";
    QTest::newRow("twin: the lead's meeting in a third state's city")
        << "German Chancellor Karl Brandt received Chinese Premier Li Wen in Geneva on Tuesday. China's exports, China's curbs and China's rules were discussed. Government spokesman Peter Lang said the talks went well."
        << "Karl Brandt//Germany;Li Wen//China;Peter Lang//China";
    QTest::newRow("no dateline: held talks in the host's capital")
        << "Kenyan President Paul Mwangi held talks with Tanzanian President Amina Juma in Nairobi on Monday. Tanzania's ports, Tanzania's roads and Tanzania's farmers were on the agenda. Interior Minister John Kamau said the border would stay open."
        << "Paul Mwangi//Kenya;Amina Juma//Tanzania;John Kamau//Kenya";
    QTest::newRow("twin: talks by phone name no city")
        << "Kenyan President Paul Mwangi held talks by phone with Tanzanian President Amina Juma on Monday. Tanzania's ports, Tanzania's roads and Tanzania's farmers were on the agenda. Interior Minister John Kamau said the border would stay open."
        << "Paul Mwangi//Kenya;Amina Juma//Tanzania;John Kamau//Tanzania";
    QTest::newRow("no dateline: the guest's state named most, the host's city")
        << "Indonesian President Budi Santoso welcomed Australian Prime Minister Tom Hale in Jakarta on Monday. Australia's farmers, Australia's miners and Australia's navy were discussed. Foreign Minister Sari Dewi said the visit went well."
        << "Budi Santoso//Indonesia;Tom Hale//Australia;Sari Dewi//Indonesia";
    QTest::newRow("twin: the lead tells no meeting")
        << "Indonesian President Budi Santoso praised Australian Prime Minister Tom Hale in Jakarta on Monday. Australia's farmers, Australia's miners and Australia's navy were discussed. Foreign Minister Sari Dewi said the visit went well."
        << "Budi Santoso//Indonesia;Tom Hale//Australia;Sari Dewi//Australia";
    QTest::newRow("officials listed beside one another do not meet one another")
        << "Ruto, Juma agree on border\n\nPresident William Ruto and Tanzanian President Amina Juma signed the accord after talks at State House in Nairobi. The two leaders were joined at the meeting by Interior Minister John Kamau and Roads Minister Peter Njoro, while Juma was accompanied by Tanzania's Foreign Minister Ali Said. Uganda and Uganda's partners listened; Uganda agreed. Uganda and Uganda's partners listened; Uganda agreed."
        << "William Ruto//Kenya;Amina Juma//Tanzania;John Kamau//Kenya;Peter Njoro//Kenya;Ali Said//Tanzania";
    QTest::newRow("twin: a listed pair that holds talks is two sides")
        << "Ruto, Juma agree on border\n\nPresident William Ruto and Tanzanian President Amina Juma signed the accord after talks at State House in Nairobi. Interior Minister John Kamau and Roads Minister Peter Njoro held talks on the border. Uganda and Uganda's partners listened; Uganda agreed. Uganda and Uganda's partners listened; Uganda agreed."
        << "William Ruto//Kenya;Amina Juma//Tanzania;John Kamau//Kenya;Peter Njoro//Uganda";
    QTest::newRow("three listed as present, none meets the others")
        << "Ruto, Juma agree on border\n\nPresident William Ruto and Tanzanian President Amina Juma signed the accord after talks at State House in Nairobi. Also present at the talks were Finance Minister Jane Wambui, Trade Minister Peter Njoro and Energy Minister Paul Kiprop. Uganda and Uganda's partners listened; Uganda agreed. Uganda and Uganda's partners listened; Uganda agreed."
        << "William Ruto//Kenya;Amina Juma//Tanzania;Jane Wambui//Kenya;Peter Njoro//Kenya;Paul Kiprop//Kenya";
    QTest::newRow("two sitting in on the talks")
        << "Ruto, Juma agree on border\n\nPresident William Ruto and Tanzanian President Amina Juma signed the accord after talks at State House in Nairobi. Sitting in on the talks were Defence Minister Jane Wambui and Health Minister Peter Njoro. Uganda and Uganda's partners listened; Uganda agreed. Uganda and Uganda's partners listened; Uganda agreed."
        << "William Ruto//Kenya;Amina Juma//Tanzania;Jane Wambui//Kenya;Peter Njoro//Kenya";
    QTest::newRow("twin: one who meets the other after the talks")
        << "Ruto, Juma agree on border\n\nPresident William Ruto and Tanzanian President Amina Juma signed the accord after talks at State House in Nairobi. After the talks, Defence Minister Jane Wambui met Health Minister Peter Njoro. Uganda and Uganda's partners listened; Uganda agreed. Uganda and Uganda's partners listened; Uganda agreed."
        << "William Ruto//Kenya;Amina Juma//Tanzania;Jane Wambui//Kenya;Peter Njoro//Uganda";
    QTest::newRow("members of the delegation that accompanies a leader, after their names")
        << "ABU DHABI: President Khalid Saif received Sudanese Prime Minister Omar Bashiri at Qasr Al Watan. The talks were also attended by Omar Idris, Minister of Foreign Affairs of Sudan, and Tahir Nur, Minister of Finance, who are part of the delegation accompanying the Prime Minister. Sudan and Sudan's partners listened."
        << "Khalid Saif//*;Omar Bashiri//Sudan;Omar Idris//Sudan;Tahir Nur//Sudan";
    QTest::newRow("twin: members of the delegation that receives a leader")
        << "ABU DHABI: President Khalid Saif received Sudanese Prime Minister Omar Bashiri at Qasr Al Watan. The talks were also attended by Omar Idris, Minister of Foreign Affairs of Sudan, and Tahir Nur, Minister of Finance, who are part of the delegation receiving the Prime Minister. Sudan and Sudan's partners listened."
        << "Khalid Saif//*;Omar Bashiri//Sudan;Omar Idris//Sudan;Tahir Nur//United Arab Emirates";
    QTest::newRow("one who accompanied a leader, in a relative clause")
        << "ABU DHABI: President Khalid Saif received Sudanese Prime Minister Omar Bashiri at Qasr Al Watan. Trade Minister Tahir Nur, who accompanied Prime Minister Omar Bashiri on the visit, said the accord was ready. Sudan and Sudan's partners listened."
        << "Khalid Saif//*;Omar Bashiri//Sudan;Tahir Nur//Sudan";
    QTest::newRow("twin: one who welcomed a leader, in a relative clause")
        << "ABU DHABI: President Khalid Saif received Sudanese Prime Minister Omar Bashiri at Qasr Al Watan. Trade Minister Tahir Nur, who welcomed Prime Minister Omar Bashiri on the visit, said the accord was ready. Sudan and Sudan's partners listened."
        << "Khalid Saif//*;Omar Bashiri//Sudan;Tahir Nur//United Arab Emirates";
    QTest::newRow("a member of the delegation accompanying a leader, in apposition")
        << "ABU DHABI: President Khalid Saif received Sudanese Prime Minister Omar Bashiri at Qasr Al Watan. Trade Minister Tahir Nur, a member of the delegation accompanying Prime Minister Omar Bashiri, told reporters the accord was ready. Sudan and Sudan's partners listened."
        << "Khalid Saif//*;Omar Bashiri//Sudan;Tahir Nur//Sudan";
    QTest::newRow("twin: a member of the delegation that received a leader")
        << "ABU DHABI: President Khalid Saif received Sudanese Prime Minister Omar Bashiri at Qasr Al Watan. Trade Minister Tahir Nur, a member of the delegation that received Prime Minister Omar Bashiri, told reporters the accord was ready. Sudan and Sudan's partners listened."
        << "Khalid Saif//*;Omar Bashiri//Sudan;Tahir Nur//United Arab Emirates";
    QTest::newRow("a list, both accompanying a leader")
        << "ABU DHABI: President Khalid Saif received Sudanese Prime Minister Omar Bashiri at Qasr Al Watan. Finance Minister Tahir Nur and Energy Minister Ali Kamil, both accompanying Sudanese Prime Minister Omar Bashiri, toured the port. Sudan and Sudan's partners listened."
        << "Khalid Saif//*;Omar Bashiri//Sudan;Tahir Nur//Sudan;Ali Kamil//Sudan";
    QTest::newRow("twin: a list, both welcoming a leader")
        << "ABU DHABI: President Khalid Saif received Sudanese Prime Minister Omar Bashiri at Qasr Al Watan. Finance Minister Tahir Nur and Energy Minister Ali Kamil, both welcoming Sudanese Prime Minister Omar Bashiri, toured the port. Sudan and Sudan's partners listened."
        << "Khalid Saif//*;Omar Bashiri//Sudan;Tahir Nur//United Arab Emirates;Ali Kamil//United Arab Emirates";
    QTest::newRow("an organisation's kind of office beside a state's offices, in a host's list")
        << "ABU DHABI: President Khalid Saif received Sudanese Prime Minister Omar Bashiri at Qasr Al Watan. The meeting was attended by Sheikh Hamad bin Saif, Vice President, Deputy Prime Minister and Chairman of the Presidential Court; and Sheikh Rashid bin Saif, Minister of Energy. Sudan and Sudan's partners listened."
        << "Khalid Saif//*;Omar Bashiri//Sudan;Hamad bin Saif//United Arab Emirates;Rashid bin Saif//United Arab Emirates";
    QTest::newRow("a deputy prime minister who is also a commissioner")
        << "ABU DHABI: President Khalid Saif received Sudanese Prime Minister Omar Bashiri at Qasr Al Watan. Deputy Prime Minister and Commissioner for Refugees Hamad Saif attended the meeting. Sudan and Sudan's partners listened."
        << "Khalid Saif//*;Omar Bashiri//Sudan;Hamad Saif//United Arab Emirates";
    QTest::newRow("twin: a commissioner alone keeps no state")
        << "ABU DHABI: President Khalid Saif received Sudanese Prime Minister Omar Bashiri at Qasr Al Watan. Commissioner for Refugees Hamad Saif attended the meeting. Sudan and Sudan's partners listened."
        << "Khalid Saif//*;Omar Bashiri//Sudan;Hamad Saif//-";
    QTest::newRow("a minister of state who is also a secretary-general")
        << "ABU DHABI: President Khalid Saif received Sudanese Prime Minister Omar Bashiri at Qasr Al Watan. Hamad Saif, Minister of State and Secretary-General of the Supreme Council, attended the meeting. Sudan and Sudan's partners listened."
        << "Khalid Saif//*;Omar Bashiri//Sudan;Hamad Saif//United Arab Emirates";
    QTest::newRow("twin: a secretary-general alone keeps no state")
        << "ABU DHABI: President Khalid Saif received Sudanese Prime Minister Omar Bashiri at Qasr Al Watan. Hamad Saif, Secretary-General, attended the meeting. Sudan and Sudan's partners listened."
        << "Khalid Saif//*;Omar Bashiri//Sudan;Hamad Saif//-";
    QTest::newRow("her host, a titled name: another state than hers")
        << "Indian minister visits Nairobi\n\nIndian External Affairs Minister Ravi Rao arrived in Kenya on Monday. Her host, Foreign Minister Musa Korir, praised India's role. India and India's partners listened; India agreed."
        << "Ravi Rao//India;Musa Korir//Kenya";
    QTest::newRow("twin: her aide, a titled name: her state")
        << "Indian minister visits Nairobi\n\nIndian External Affairs Minister Ravi Rao arrived in Kenya on Monday. Her aide, Foreign Minister Musa Korir, praised India's role. India and India's partners listened; India agreed."
        << "Ravi Rao//India;Musa Korir//India";
    QTest::newRow("his guest, a titled name: another state than his")
        << "Indian minister visits Nairobi\n\nIndian External Affairs Minister Ravi Rao arrived in Kenya on Monday. On Tuesday his guest, Prime Minister Musa Korir, praised India's role. India and India's partners listened; India agreed."
        << "Ravi Rao//India;Musa Korir//Kenya";
    QTest::newRow("twin: his deputy, a titled name: his state")
        << "Indian minister visits Nairobi\n\nIndian External Affairs Minister Ravi Rao arrived in Kenya on Monday. On Tuesday his deputy, Prime Minister Musa Korir, praised India's role. India and India's partners listened; India agreed."
        << "Ravi Rao//India;Musa Korir//India";
    QTest::newRow("an office of a part of a state is the state's: of Northern Ireland")
        << "DUBLIN: The Taoiseach spoke with the First Minister of Northern Ireland, Siobhan Kerr, on Thursday. Ireland and Ireland's partners listened."
        << "Siobhan Kerr//United Kingdom";
    QTest::newRow("twin: the First Minister of the dateline's state")
        << "DUBLIN: The Taoiseach spoke with the First Minister, Siobhan Kerr, on Thursday. Ireland and Ireland's partners listened."
        << "Siobhan Kerr//Ireland";
    QTest::newRow("a part of a state before the title")
        << "DUBLIN: Northern Ireland Secretary Peter Hale joined the talks on Friday. Ireland and Ireland's partners listened."
        << "Peter Hale//United Kingdom";
    QTest::newRow("twin: the state itself before the title")
        << "DUBLIN: Ireland's Justice Minister Peter Hale joined the talks on Friday. Ireland and Ireland's partners listened."
        << "Peter Hale//Ireland";
    QTest::newRow("a commissioner met in the 'where' clause of a town")
        << "The UN refugee chief Anna Berg travelled to Cox's Bazar, where she met Refugee Relief Commissioner Mizan Karim. Myanmar and Myanmar's army were blamed; Myanmar refused."
        << "Anna Berg//*;Mizan Karim//Bangladesh";
    QTest::newRow("a day between the town and its 'where' clause")
        << "The UN refugee chief Anna Berg arrived in Cox's Bazar on Sunday, where she met Camp Commissioner Mizan Karim. Myanmar and Myanmar's army were blamed; Myanmar refused."
        << "Anna Berg//*;Mizan Karim//Bangladesh";
    QTest::newRow("twin: a capital and a day before the 'where' clause")
        << "Foreign Minister Anne Moreau of Canada arrived in Bridgetown on Sunday, where she held talks with Prime Minister Lena Hart. Guyana and Guyana's partners listened; Guyana agreed."
        << "Anne Moreau//Canada;Lena Hart//Barbados";
    QTest::newRow("twin: a commissioner met in a town with no 'where'")
        << "The UN refugee chief Anna Berg travelled to Cox's Bazar and met Refugee Relief Commissioner Mizan Karim. Myanmar and Myanmar's army were blamed; Myanmar refused."
        << "Anna Berg//*;Mizan Karim//-";

    // --- s6blind: titles as the text writes them, plural titles
    QTest::newRow("spokeswoman keeps the text's word") << "Russian Foreign Ministry spokeswoman Daria Volkova spoke."
        << "Daria Volkova/Spokeswoman/Russia";
    QTest::newRow("twin: spokesperson is the office's own name") << "Russian Foreign Ministry spokesperson Daria Volkova spoke."
        << "Daria Volkova/Spokesperson/Russia";
    QTest::newRow("presidential aide keeps the text's words") << "Russian presidential aide Ivan Petrov spoke."
        << "Ivan Petrov/Presidential Aide/Russia";
    QTest::newRow("twin: presidential adviser is an Adviser") << "Russian presidential adviser Ivan Petrov spoke."
        << "Ivan Petrov/Adviser/Russia";
    QTest::newRow("plural of a title ending in a vowel and y") << "The special envoys of Greece and Turkey, Nikos Pappas and Emre Kaya, met in Athens."
        << "Nikos Pappas/Special Envoy/Greece;Emre Kaya/Special Envoy/Turkey";
    QTest::newRow("twin: one envoy, then someone else") << "The special envoy of Greece, Nikos Pappas, met Turkish officials in Athens."
        << "Nikos Pappas/Special Envoy/Greece";

    // --- s6blind: honorifics and royal ranks before a name, offices after it
    QTest::newRow("royal rank after an honorific is the title") << "His Majesty King Tariq bin Omar Al Hassan of Jordan arrived. King Tariq spoke."
        << "Tariq bin Omar Al Hassan/King/Jordan";
    QTest::newRow("twin: the honorific alone") << "His Majesty Tariq bin Omar Al Hassan of Jordan arrived."
        << "Tariq bin Omar Al Hassan/His Majesty/Jordan";
    QTest::newRow("office after a royal rank joins it") << "His Royal Highness Prince Khalid bin Nasser Al Saud, Deputy Minister of Defense, arrived."
        << "Khalid bin Nasser Al Saud/Prince and Deputy Minister of Defense/*";
    QTest::newRow("twin: a royal office stays before the office after it") << "Saudi Crown Prince Fahd bin Nasser, Minister of Defense, arrived."
        << "Fahd bin Nasser/Crown Prince and Defense Minister/Saudi Arabia";
    QTest::newRow("a royal known by his given name") << "Foreign Minister Prince Khalid bin Nasser of Saudi Arabia arrived. Prince Khalid said the talks went well."
        << "Khalid bin Nasser/Foreign Minister/Saudi Arabia";
    QTest::newRow("Deputy before an office is part of it") << "US Deputy Secretary Mark Allen spoke."
        << "Mark Allen/Deputy Secretary/United States";
    QTest::newRow("twin: the office without Deputy") << "US Secretary Mark Allen spoke."
        << "Mark Allen/Secretary/United States";
    QTest::newRow("a ruler is a title, not a name") << "Sheikh Rashid bin Khalifa Al Nahyan, Deputy Ruler of Abu Dhabi and National Security Advisor, attended."
        << "Rashid bin Khalifa Al Nahyan/Deputy Ruler and National Security Advisor/United Arab Emirates";
    QTest::newRow("twin: a royal title that is the person's given name") << "Afghan acting foreign minister Amir Khan Muttaqi spoke."
        << "Amir Khan Muttaqi/Foreign Minister/Afghanistan";

    // --- s6blind: initials
    QTest::newRow("initials, one a word of its own") << "Nepalese Prime Minister A K Rana Bhatt arrived."
        << "A K Rana Bhatt/Prime Minister/Nepal";
    QTest::newRow("dotted initials") << "Nepalese Prime Minister A. K. Rana Bhatt arrived."
        << "A. K. Rana Bhatt/Prime Minister/Nepal";
    QTest::newRow("twin: the article A before a demonym is no initial") << "A Nepalese delegation arrived with Prime Minister Rana Bhatt."
        << "Rana Bhatt/Prime Minister/Nepal";

    // --- s6blind: portfolios and fields before the name
    QTest::newRow("portfolio fields joined by and, then the name") << "Lao Minister of Energy and Mines Somsak Vongsa attended."
        << "Somsak Vongsa/Energy Minister/Laos";
    QTest::newRow("twin: two offices joined by and") << "Lao Energy Minister and Trade Minister Somsak Vongsa attended."
        << "Somsak Vongsa/Energy Minister and Trade Minister/Laos";
    QTest::newRow("a field the lexicon does not know, then a two-word name") << "Japanese Minister for Economic Revitalization Kenji Morimoto attended."
        << "Kenji Morimoto/Minister for Economic Revitalization/Japan";
    QTest::newRow("twin: the field and no name") << "The Japanese Minister for Economic Revitalization attended the talks."
        << "";

    QTest::newRow("a headline in title case: a verb after the title is no name")
        << "Crown Prince Receives Phone Call from Malian President\n\nRiyadh, May 3 -- Saudi Crown Prince Fahd bin Nasser received a phone call today from President Sadio Tembely of Mali."
        << "Fahd bin Nasser/Crown Prince/Saudi Arabia;Sadio Tembely/President/Mali";
    QTest::newRow("twin: a name after the title in a headline") << "Crown Prince Fahd bin Nasser to Host Malian President\n\nRiyadh, May 3 -- Saudi Crown Prince Fahd bin Nasser received President Sadio Tembely of Mali today."
        << "Fahd bin Nasser/Crown Prince/Saudi Arabia;Sadio Tembely/President/Mali";

    QTest::newRow("a venue named after a known official names no one") << "Foreign Minister Ahmed Salim of Tanzania arrived at the Jomo Kenyatta International Airport."
        << "Ahmed Salim/Foreign Minister/Tanzania";
    QTest::newRow("twin: the official himself") << "Foreign Minister Ahmed Salim of Tanzania met Uhuru Kenyatta at the airport."
        << "Ahmed Salim/Foreign Minister/Tanzania;Uhuru Kenyatta//*";
    QTest::newRow("CS, a Kenyan cabinet secretary") << "The Kenyan side included Defence CS Wanjiru Kamau and Trade CS Otieno Mwangi."
        << "Wanjiru Kamau/CS/Kenya;Otieno Mwangi/CS/Kenya";
    QTest::newRow("twin: cabinet secretary written out") << "The Kenyan side included Defence Cabinet Secretary Wanjiru Kamau."
        << "Wanjiru Kamau/Cabinet Secretary/Kenya";

    QTest::newRow("assistant to the president after the name") << "Ivan Petrov of Russia called Hikmet Hajiyev, Assistant to the President of Azerbaijan – Head of the Foreign Policy Department."
        << "Hikmet Hajiyev/Assistant to the President/Azerbaijan";
    QTest::newRow("twin: the President of a state after the name") << "The minister thanked Kamran Aliyev, the President of Azerbaijan."
        << "Kamran Aliyev/President/Azerbaijan";

    // --- delegation lists: each item ends (or, between semicolons, starts) with a name
    QTest::newRow("delegation list: firm and fund descriptors") << "The Chinese premier was accompanied by a delegation, including Foreign Minister Wang Yi, Sinopec chairman Ma Yongsheng, China Development Bank Zhao Huan and Cosco CEO Wan Min."
        << "Wang Yi/Foreign Minister/*;Ma Yongsheng//*;Zhao Huan/China Development Bank/*;Wan Min/Cosco CEO/*";
    QTest::newRow("twin: a list of firms names nobody") << "The Chinese premier was accompanied by a delegation, including Sinopec Group, China Development Bank and Cosco Shipping Lines."
        << "";
    QTest::newRow("twin: no name after a function word") << "The delegation included the Federal Service for Surveillance on Consumer Rights Protection and Human Wellbeing."
        << "";
    QTest::newRow("delegation list between semicolons") << "The Canadian delegation was composed of Anne Tremblay, Deputy Head of Mission of the Embassy in Lima; Paul Roy, Senator from Quebec; and Lise Caron, Member of Parliament."
        << "Anne Tremblay/Deputy Head of Mission of the Embassy in Lima/Canada;Paul Roy/Senator/Canada;Lise Caron/Lawmaker/Canada";

    // --- s7blind: portfolios of several fields, the dateline's state
    QTest::newRow("portfolio fields with modifiers before the name")
        << "He was joined by Ghana's Minister of Foreign Affairs, Regional Integration and International Trade Kofi Mensah."
        << "Kofi Mensah/Foreign Minister/Ghana";
    QTest::newRow("portfolio fields and a comma before the name")
        << "Togo's Minister of Finance, Budget and Economic Planning, Yao Agbeko, spoke."
        << "Yao Agbeko/Finance Minister/Togo";
    QTest::newRow("portfolio field with a demonym inside")
        << "The Minister for Foreign Affairs and East African Cooperation, Juma Salim, of Tanzania spoke."
        << "Juma Salim/Foreign Minister/Tanzania";
    QTest::newRow("two-word field after 'and'")
        << "Georgian Minister of Economy and Sustainable Development Nino Beridze spoke."
        << "Nino Beridze/Economy Minister/Georgia";
    QTest::newRow("twin: a field that ends on no portfolio word is a name")
        << "Ghana's Minister of Foreign Affairs, Kofi Mensah and Ama Owusu arrived."
        << "Kofi Mensah/Foreign Minister/Ghana";
    QTest::newRow("twin: another title after the portfolio starts no field")
        << "Ghana's Minister of Trade and Foreign Minister Kofi Mensah arrived."
        << "Kofi Mensah/Trade Minister and Foreign Minister/Ghana";
    QTest::newRow("second office: Member of the Council of Ministers")
        << "Saudi Minister of State, Member of the Council of Ministers Faisal Nasser spoke."
        << "Faisal Nasser/Minister of State, Member of the Council of Ministers/Saudi Arabia";
    QTest::newRow("twin: 'Member' alone is no title") << "Member Faisal Nasser spoke." << "";
    QTest::newRow("a family name that is also a pronoun and an honorific")
        << "Chinese Vice Premier He Wenjun met reporters. Officials said He Wenjun would stay."
        << "He Wenjun/Vice Premier/China";
    QTest::newRow("twin: the pronoun before a first name alone") << "He said Wenjun had left." << "";
    QTest::newRow("a ruler known by rank and given name is not the minister of that family name")
        << "His Majesty Sultan Hamid, King of Malaysia, received Prime Minister Rosli Hamid at the palace."
        << "Sultan Hamid/Sultan and King/Malaysia;Rosli Hamid/Prime Minister/Malaysia";
    QTest::newRow("twin: a prince's given name is his own")
        << "Saudi Foreign Minister Prince Faisal bin Khalid met reporters. Later Prince Faisal said the talks went well."
        << "Faisal bin Khalid/Foreign Minister/Saudi Arabia";
    QTest::newRow("twin: a family name alone folds into the minister")
        << "Malaysian Prime Minister Rosli Hamid met reporters. Later Hamid said the talks went well."
        << "Rosli Hamid/Prime Minister/Malaysia";
    QTest::newRow("a headline verb after a plural title is no name")
        << "Chile, Peru Foreign Ministers Pledge to Reopen Border Crossings" << "";
    QTest::newRow("twin: two names after a plural title")
        << "Foreign Ministers Ana Soto and Luis Vega pledged to reopen the border."
        << "Ana Soto/Foreign Minister/-;Luis Vega/Foreign Minister/-";
    QTest::newRow("accompanied after a side clause: the state of the one accompanied")
        << "On the Argentine side, Foreign Minister Pablo Quirno was present, while Chilean President Jose Kast was accompanied by his Foreign Minister, Francisco Perez."
        << "Pablo Quirno/Foreign Minister/Argentina;Jose Kast/President/Chile;Francisco Perez/Foreign Minister/Chile";
    QTest::newRow("a side over the accompaniment of its own head of state")
        << "On the Chilean side, the head of State was accompanied by the Minister of Foreign Affairs, Ana Soto. Peru and Peru's partners listened; Peru agreed."
        << "Ana Soto//Chile";
    QTest::newRow("twin: the side clause alone")
        << "On the Argentine side, Foreign Minister Pablo Quirno and Economy Minister Luis Caputo were present."
        << "Pablo Quirno/Foreign Minister/Argentina;Luis Caputo/Economy Minister/Argentina";
    QTest::newRow("the dateline's state though never named")
        << "JEDDAH — Finance Minister Omar Nasser received Thai Prime Minister Anan Chai on Monday. Thailand and Thailand's partners welcomed it."
        << "Omar Nasser/Finance Minister/Saudi Arabia;Anan Chai/Prime Minister/Thailand";
    QTest::newRow("twin: no dateline, the state named")
        << "Finance Minister Omar Nasser received Thai Prime Minister Anan Chai on Monday. Thailand and Thailand's partners welcomed it."
        << "Omar Nasser/Finance Minister/Thailand;Anan Chai/Prime Minister/Thailand";
    // --- s8blind: the outlet's home state, from a lead official the text gives no state
    QTest::newRow("a bare-titled lead official known to the dictionary gives the outlet's state")
        << "President Lu Wenhai received Kenyan President Daniel Otieno on Monday. Kenya and Kenyan firms "
           "welcomed the visit. Trade Minister Wang Fei spoke later."
        << "Lu Wenhai/President/China;Daniel Otieno/President/Kenya;Wang Fei/Trade Minister/China";
    QTest::newRow("twin: a lead official the dictionary does not know gives nothing")
        << "President Zhou Ming received Kenyan President Daniel Otieno on Monday. Kenya and Kenyan firms "
           "welcomed the visit. Trade Minister Wang Fei spoke later."
        << "Zhou Ming/President/Kenya;Daniel Otieno/President/Kenya;Wang Fei/Trade Minister/Kenya";
    QTest::newRow("twin: a lead official whose state the text writes gives nothing")
        << "Kenyan President Daniel Otieno received President Lu Wenhai on Monday. Kenya and Kenyan firms "
           "welcomed the visit. Trade Minister Wang Fei spoke later."
        << "Lu Wenhai/President/China;Daniel Otieno/President/Kenya;Wang Fei/Trade Minister/Kenya";
    QTest::newRow("his counterpart takes the title of the one named before by surname alone")
        << "Chilean Foreign Minister Ana Ruiz arrived on Monday. Peruvian Interior Minister Jorge Salas "
           "spoke later. Ruiz, for her part, met her Bolivian counterpart, Luis Vega, on Tuesday."
        << "Ana Ruiz/Foreign Minister/Chile;Jorge Salas/Interior Minister/Peru;Luis Vega/Foreign Minister/Bolivia";
    QTest::newRow("twin: the other one named before takes the other title")
        << "Peruvian Interior Minister Jorge Salas arrived on Monday. Chilean Foreign Minister Ana Ruiz "
           "spoke later. Salas, for his part, met his Bolivian counterpart, Luis Vega, on Tuesday."
        << "Ana Ruiz/Foreign Minister/Chile;Jorge Salas/Interior Minister/Peru;Luis Vega/Interior Minister/Bolivia";
    QTest::newRow("his counterpart: the one named before known only to the dictionary")
        << "Dmitry Orlovsky arrived on Sunday. Kuwaiti Emir Sheikh Faris bin Saud Al Nuri spoke on Monday. "
           "Orlovsky, for his part, met his Polish counterpart, Jan Nowak, on Tuesday."
        << "Faris bin Saud Al Nuri/Emir/Kuwait;Dmitry Orlovsky/Foreign Minister/Belarus;Jan Nowak/Foreign Minister/Poland";
    QTest::newRow("a ruler's title keeps the text's spelling: Amir")
        << "Kuwaiti Amir Sheikh Faris bin Saud Al Nuri spoke on Monday." << "Faris bin Saud Al Nuri/Amir/Kuwait";
    QTest::newRow("twin: the other spelling stays too: Emir")
        << "Kuwaiti Emir Sheikh Faris bin Saud Al Nuri spoke on Monday." << "Faris bin Saud Al Nuri/Emir/Kuwait";
    QTest::newRow("a city and a dash open the article: the dateline's state")
        << "Nairobi - Trade Minister Wang Fei received Chinese President Lu Wenhai on Monday. China and "
           "Chinese firms welcomed the visit."
        << "Lu Wenhai/President/China;Wang Fei/Trade Minister/Kenya";
    QTest::newRow("twin: a word that is no city before the dash is no dateline")
        << "Tuesday - Trade Minister Wang Fei received Chinese President Lu Wenhai on Monday. China and "
           "Chinese firms welcomed the visit."
        << "Lu Wenhai/President/China;Wang Fei/Trade Minister/China";
    // --- session 11, officials: honorific runs, diplomatic and Bhutanese titles, posted envoys
    QTest::newRow("stacked Malay honorifics stay out of the name")
        << "Malaysian Trade Minister Tengku Datuk Seri Azlan Rahim spoke." << "Azlan Rahim/Trade Minister/Malaysia";
    QTest::newRow("twin: no honorific, the whole name") << "Malaysian Trade Minister Azlan Rahim spoke."
        << "Azlan Rahim/Trade Minister/Malaysia";
    QTest::newRow("Cambodian honorific run stays out of the name")
        << "Cambodian Prime Minister Samdech Thipadei Sok Vanna arrived." << "Sok Vanna/Prime Minister/Cambodia";
    QTest::newRow("Undersecretary is a title") << "Philippine Foreign Affairs Undersecretary Maria Cruz spoke."
        << "Maria Cruz/Undersecretary/Philippines";
    QTest::newRow("twin: under-secretary after the name, an appositive")
        << "Maria Cruz, Philippine Under-Secretary for Political Affairs, spoke." << "Maria Cruz/Under-Secretary/Philippines";
    QTest::newRow("Charge d'Affaires is its own title") << "Jordan's Charg\u00e9 d'Affaires Omar Haddad spoke."
        << "Omar Haddad/Charg\u00e9 d'Affaires/Jordan";
    QTest::newRow("Ambassador Extraordinary and Plenipotentiary is no name")
        << "Ambassador Extraordinary and Plenipotentiary of Japan to Peru Kenji Sato spoke."
        << "Kenji Sato/Ambassador/Japan";
    QTest::newRow("Lyonchhen: Bhutan's head of government")
        << "Lyonchhen Dorji Wangdi received the delegation." << "Dorji Wangdi/Lyonchhen/Bhutan";
    QTest::newRow("a posted envoy in a list says nothing of the others' side")
        << "Ambassador of Japan to Peru Kenji Sato and Vice Minister of Foreign Affairs Luis Vega attended "
           "the talks in Lima, Peru."
        << "Kenji Sato/Ambassador/Japan;Luis Vega/Vice Minister of Foreign Affairs/Peru";
    QTest::newRow("twin: an envoy in a retinue is of the retinue's side")
        << "The Peruvian leader was accompanied by his Foreign Minister Luis Vega and Peru's ambassador to "
           "Japan, Kenji Sato, in Tokyo, Japan."
        << "Kenji Sato/Ambassador/Peru;Luis Vega/Foreign Minister/Peru";
    QTest::newRow("a state's old name ends a three-word name")
        << "Bangladesh Foreign Secretary Asad Alam Siam met Nepali officials." << "Asad Alam Siam/Foreign Secretary/Bangladesh";
    QTest::newRow("twin: the state after the name and a verb stays the state")
        << "Bangladesh Foreign Secretary Asad Alam visited Siam on Monday." << "Asad Alam/Foreign Secretary/Bangladesh";
    QTest::newRow("a title's whole word ends a name: Sen")
        << "Cambodian Senate President Samdech Techo Chea Sen spoke." << "Chea Sen//Cambodia";
    QTest::newRow("twin: the abbreviation with its dot opens the next name")
        << "US Senator Lindsey Graham met President Joe Biden and Sen. Chris Coons."
        << "Chris Coons/Senator/United States;Joe Biden/President/United States;Lindsey Graham/Senator/United States";
    QTest::newRow("an honorific between name words is a name word")
        << "Somali Security Minister Abdullahi Sheikh Ismail Farah spoke." << "Abdullahi Sheikh Ismail Farah//Somalia";
    QTest::newRow("twin: the honorific after a comma opens another name")
        << "Somali Security Minister Abdullahi Ismail, Sheikh Omar Farah and others spoke."
        << "Abdullahi Ismail//Somalia;Omar Farah//*";
    QTest::newRow("a side named before a contrast is the other clause's")
        << "Kazakh President Aidos Serik met Pakistani Prime Minister Imran Qadir in Astana. The Pakistani side "
           "comprised Planning Minister Ali Raza, whereas Trade Minister Nurlan Abay was part of the Kazakh delegation."
        << "Aidos Serik/President/Kazakhstan;Imran Qadir/Prime Minister/Pakistan;Ali Raza//Pakistan;Nurlan Abay//Kazakhstan";
    QTest::newRow("twin: with no contrast the side covers the list")
        << "Kazakh President Aidos Serik met Pakistani Prime Minister Imran Qadir in Astana. The Pakistani side "
           "comprised Planning Minister Ali Raza and Trade Minister Nurlan Abay."
        << "Aidos Serik/President/Kazakhstan;Imran Qadir/Prime Minister/Pakistan;Ali Raza//Pakistan;Nurlan Abay//Pakistan";
    QTest::newRow("a side named after the list") << "Prime Minister Somchai Wong and his Malaysian counterpart Anwar Ibrahim held talks, with Foreign Minister Sakda Boon and Trade Minister Preecha Kit sitting in on the Thai side. Vietnam and Vietnam's partners listened."
        << "Somchai Wong/Prime Minister/*;Anwar Ibrahim/Prime Minister/Malaysia;Sakda Boon/Foreign Minister/Thailand;Preecha Kit/Trade Minister/Thailand";
    QTest::newRow("twin: the side of a border is a place") << "Foreign Minister Sakda Boon and Trade Minister Preecha Kit stood on the Thai side of the border. Vietnam and Vietnam's partners listened."
        << "Sakda Boon/Foreign Minister/Vietnam;Preecha Kit/Trade Minister/Vietnam";
    QTest::newRow("twin: a side after a meeting word is the one met") << "Foreign Minister Sakda Boon met Trade Minister Preecha Kit on the Thai side. Vietnam and Vietnam's partners listened."
        << "Sakda Boon/Foreign Minister/Vietnam;Preecha Kit/Trade Minister/Thailand";
    QTest::newRow("a state written into one list member's entry is that member's alone")
        << "The talks were attended by the National Security Adviser, Tunde Bello, and Ghana's foreign minister, Kwame Asante. Togo and Togo's partners listened; Togo agreed."
        << "Tunde Bello/National Security Adviser/Togo;Kwame Asante/Foreign Minister/Ghana";
    QTest::newRow("twin: a state known from the dictionary is the list's")
        << "Foreign Minister Dmitry Orlovsky and the National Security Adviser, Pavel Lukin, attended. Poland and Poland's partners listened."
        << "Dmitry Orlovsky/Foreign Minister/Belarus;Pavel Lukin/National Security Adviser/Belarus";
    QTest::newRow("a dictionary alias of a person with another given name")
        << "Energy Minister Mohammad al-Bashir spoke. Minister al-Bashir then left. Syria and Syria's partners listened."
        << "Mohammad al-Bashir/Energy Minister/Syria";
    QTest::newRow("twin: the alias of the dictionary's own person")
        << "Former President Omar al-Bashir spoke. Minister al-Bashir then left. Syria and Syria's partners listened."
        << "Omar al-Bashir//Sudan";
    QTest::newRow("a former office's state is not the current one's")
        << "NATO Secretary General Erik Dahl spoke. Dahl, a former Danish prime minister, said more."
        << "Erik Dahl/Secretary-General/-";
    QTest::newRow("twin: a former office's state with no current office")
        << "Erik Dahl, a former Danish prime minister, spoke. Norway and Norway's partners listened."
        << "Erik Dahl//Denmark";
    QTest::newRow("a parliament's chair by its own name")
        << "Chairman of the State Great Khural Dashzeveg Amar met the visitors. Japan and Japan's partners listened."
        << "Dashzeveg Amar/Chairman of the State Great Khural/Mongolia";
    QTest::newRow("a city after 'in' before a title is the venue")
        << "President Ali Hassan received in Damascus Foreign Minister Omar Nasser of Jordan."
        << "Ali Hassan/President/*;Omar Nasser/Foreign Minister/Jordan";
    QTest::newRow("twin: a city standing for its state before a title")
        << "President Ali Hassan received Damascus Foreign Minister Omar Nasser."
        << "Ali Hassan/President/*;Omar Nasser/Foreign Minister/Syria";
    QTest::newRow("a pair that meets itself is two sides")
        << "Polish President Jan Nowak spoke. Foreign Minister Dmitry Orlovsky and Foreign Minister Pavel Lukin co-chaired the commission. Poland and Poland's partners listened."
        << "Jan Nowak/President/Poland;Dmitry Orlovsky/Foreign Minister/Belarus;Pavel Lukin/Foreign Minister/Poland";
    QTest::newRow("twin: a pair that meets someone else is one side")
        << "Polish President Jan Nowak spoke. Foreign Minister Dmitry Orlovsky and Trade Minister Pavel Lukin met Foreign Minister Adam Zielinski. Poland and Poland's partners listened."
        << "Jan Nowak/President/Poland;Dmitry Orlovsky/Foreign Minister/Belarus;Pavel Lukin/Trade Minister/Belarus;Adam Zielinski/Foreign Minister/Poland";
    QTest::newRow("the visiting leader's companion is not the host's")
        << "ACCRA: President Kwame Mensah received President Faure Koffi of Togo. The visiting leader was accompanied by Mr Paul Agbo, Minister of Defence."
        << "Kwame Mensah/President/Ghana;Faure Koffi/President/Togo;Paul Agbo/Minister of Defence/Togo";
    QTest::newRow("twin: the host's companion")
        << "ACCRA: President Kwame Mensah received President Faure Koffi of Togo. The host was accompanied by Mr Paul Agbo, Minister of Defence."
        << "Kwame Mensah/President/Ghana;Faure Koffi/President/Togo;Paul Agbo/Minister of Defence/Ghana";
    QTest::newRow("a clock's PM is no title") << "The Thai Prime Minister Anan Chai spoke at 9:14 PM UTC on Monday."
        << "Anan Chai/Prime Minister/Thailand";
    QTest::newRow("twin: PM before a name is the title") << "The Thai PM Anan Chai spoke at 9:14 on Monday."
        << "Anan Chai/Prime Minister/Thailand";
    // --- session 12, officials: names and titles
    QTest::newRow("an organisation's own body after 'of'") << "He spoke with the President of the ECOWAS Commission, Amadou Tounkara, on Monday."
        << "Amadou Tounkara/President/-";
    QTest::newRow("twin: the body's head and no name") << "The President of the ECOWAS Commission met Amadou Tounkara on Monday." << "";
    QTest::newRow("twin: the chair of a body who is a head of state") << "The Chairman of the ECOWAS Authority, President Kofi Mensah of Ghana, spoke."
        << "Kofi Mensah/President/Ghana";
    QTest::newRow("a rank word before a patronymic is a given name") << "He was welcomed by Minister of State for Foreign Affairs Sultan bin Saad Al-Murri on Monday."
        << "Sultan bin Saad Al-Murri//*";
    QTest::newRow("twin: a rank before the given name") << "He was welcomed by Defence Minister Prince Faisal bin Nawaf Al Rashid on Monday."
        << "Faisal bin Nawaf Al Rashid/Defence Minister/*";
    QTest::newRow("an envoy's region in lower case") << "He was accompanied by the Special Envoy for the Great Lakes region, Jean Mbala."
        << "Jean Mbala/Special Envoy/*";
    QTest::newRow("twin: the envoy's region and no name") << "The Special Envoy for the Great Lakes region said the talks went well." << "";
    QTest::newRow("a degree in brackets after the name") << "The talks were attended by Minister of Transport and Logistics Alemu Bekele (PhD) and others."
        << "Alemu Bekele//*";
    QTest::newRow("twin: a body's acronym in brackets") << "The talks were attended by Director of the Office of Foreign Assets Control (OFAC) Alemu Bekele and others."
        << "Alemu Bekele/Director/*";
    QTest::newRow("abbreviated Governor General") << "The visitor paid a call on Gov. Gen. Anne Tremblay at Rideau Hall."
        << "Anne Tremblay/Governor General/*";
    QTest::newRow("twin: a general alone is a rank") << "The visitor paid a call on Gen. Anne Tremblay at Rideau Hall." << "";
    QTest::newRow("a regional governor called wali") << "He will meet the Wali of the Dakhla-Oued Eddahab Region, Ali Khalil, in Dakhla."
        << "Ali Khalil/Wali/*";
    QTest::newRow("a possessive inside a body's name") << "General Secretary of the Lao People's Revolutionary Party Central Committee Somsak Vongsa spoke."
        << "Somsak Vongsa//*";
    QTest::newRow("twin: a state's possessive opens another official") << "He met Minister for Culture Pita Ratu and New Zealand's High Commissioner to Fiji, Jane Harlow."
        << "Pita Ratu/Minister/*;Jane Harlow/High Commissioner/New Zealand";
    QTest::newRow("the ministry an office sits in") << "The session was attended by Minister of State at the Ministry of Foreign Affairs Dr. Khalid Al-Mansoori and others."
        << "Khalid Al-Mansoori/Minister of State/*";
    QTest::newRow("twin: a place after the title is no body") << "The host held a dinner for the visiting Prime Minister at the Foreign Service Academy." << "";
    QTest::newRow("a capital's venue is no person") << "The two leaders met in Prague's Kramar Villa today." << "";
    QTest::newRow("twin: a capital's person after a meeting word") << "The envoy met Prague's Jan Novotny today."
        << "Jan Novotny//Czech Republic";
    QTest::newRow("a revolution ends a title's 'of' body") << "The visitor met Army General Tomas Herrera Ruz, leader of the Cuban Revolution."
        << "Tomas Herrera Ruz/Leader/Cuba";
    QTest::newRow("twin: the revolution's leader and no name") << "The leader of the Cuban Revolution spoke on Monday." << "";

    // --- session 13, officials: names and titles as the text writes them
    QTest::newRow("a speaker's title keeps the house it is written with") << "Lebanese President Rami Aoun received House Speaker Karim Hadda in Beirut."
        << "Rami Aoun/President/Lebanon;Karim Hadda/House Speaker/Lebanon";
    QTest::newRow("twin: a bare speaker is the speaker") << "Lebanese President Rami Aoun received Speaker Karim Hadda in Beirut."
        << "Rami Aoun/President/Lebanon;Karim Hadda/Speaker/Lebanon";
    QTest::newRow("an army commander is written as such") << "He met Army Commander General Tariq Mir on Monday."
        << "Tariq Mir/Army Commander/*";
    QTest::newRow("twin: a chief of army staff is the army chief") << "He met Chief of Army Staff General Tariq Mir on Monday."
        << "Tariq Mir/Army Chief/*";

    QTest::newRow("a headline's verb after a plural title opens no name") << "Danish, Dutch Prime Ministers Discuss North Sea Grid, Esbjerg-Eemshaven Cable\n\nDanish Prime Minister Mette Holm met Dutch Prime Minister Pieter Smit on Monday."
        << "Mette Holm/Prime Minister/Denmark;Pieter Smit/Prime Minister/Netherlands";
    QTest::newRow("twin: a headline's names before its verb") << "Danish, Dutch Prime Ministers Mette Holm, Pieter Smit Discuss North Sea Grid\n\nThe two met on Monday."
        << "Mette Holm/Prime Minister/Denmark;Pieter Smit/Prime Minister/Netherlands";

    QTest::newRow("a name between a ministry's fields and the next title") << "Minister of Mines and Energy Keo Sovann and Minister of Commerce Pich Dara attended."
        << "Keo Sovann//*;Pich Dara/Minister of Commerce/*";
    QTest::newRow("twin: a body and a second title read one official") << "Kenyan Chief of the General Staff and Minister of Defence Ali Musa spoke."
        << "Ali Musa/Chief of the General Staff and Minister of Defence/Kenya";
    QTest::newRow("a hyphenated field ends a ministry's list") << "Minister of Trade, Commerce, Food Security and Co-operative Development Ana Perera spoke."
        << "Ana Perera//*";
    QTest::newRow("twin: the list's fields between commas") << "Minister of Trade, Commerce and Food Security, Ana Perera, spoke."
        << "Ana Perera//*";

    QTest::newRow("the Maldivian honorific Uz is no part of the name") << "He was welcomed by Vice President Uz Ahmed Rasheed Ali."
        << "Ahmed Rasheed Ali/Vice President/*";
    QTest::newRow("twin: a given name that begins like Uz") << "He was welcomed by Vice President Uzma Ahmed."
        << "Uzma Ahmed/Vice President/*";
    QTest::newRow("a title word in a place phrase before a venue names no one") << "The president met Senator Jane Ross at the Official Residence Kandura."
        << "Jane Ross/Senator/*";
    QTest::newRow("twin: a venue's head word as a surname after a title") << "The president met Chairman Park Jin-ho at the palace."
        << "Park Jin-ho/Chairman/*";
    QTest::newRow("a legislature's own name ends the speaker's title") << "Speaker of the People's Majlis Ahmed Nashid spoke."
        << "Ahmed Nashid/Speaker/*";
    QTest::newRow("twin: a known body head ends it too") << "Speaker of the People's Assembly Ahmed Nashid spoke."
        << "Ahmed Nashid/Speaker/*";

    QTest::newRow("a consul general posted in a city, then the name") << "The talks were attended by the Consul General of Spain in Jerusalem, Alfonso Ruiz."
        << "Alfonso Ruiz/Consul General/Spain";
    QTest::newRow("twin: the consul general and no name") << "The Consul General of Spain in Jerusalem said the talks went well." << "";

    // --- session 14, names: honorific chains, fields of a ministry, long titles as written
    QTest::newRow("a ministry's fields after a comma are no name") << "Lebanese President Rami Aoun received Egypt's Minister of Foreign Affairs, Emigration and Egyptian Expatriates Dr. Karim Said."
        << "Rami Aoun/President/Lebanon;Karim Said/Foreign Minister/Egypt";
    QTest::newRow("twin: a ministry's fields and no name") << "Egypt's Minister of Foreign Affairs, Emigration and Egyptian Expatriates said nothing."
        << "";

    QTest::newRow("a chain of Malay honorifics is no part of the name") << "Timor-Leste's President Jose Ramos-Horta received the Minister of Foreign Affairs of Malaysia, Dato' Seri Utama Haji Aziz Haji Rahman, in Dili."
        << "Jose Ramos-Horta/President/Timor-Leste;Aziz Haji Rahman/Foreign Minister/Malaysia";
    QTest::newRow("twin: a pilgrim's honorific inside a name stays") << "Malaysian Foreign Minister Aziz Haji Rahman arrived in Dili."
        << "Aziz Haji Rahman/Foreign Minister/Malaysia";
    QTest::newRow("an office's ordinal belongs to the title") << "Also present was Minister of Foreign Affairs II Dato Seri Setia Awang Haji Rahim bin Yusof."
        << "Rahim bin Yusof/Foreign Minister/*";
    QTest::newRow("an office's ordinal before a bare name") << "Also present was Foreign Minister II Rahim Yusof."
        << "Rahim Yusof/Foreign Minister/*";
    QTest::newRow("twin: a king's ordinal follows the name") << "Also present was Foreign Minister Rahim Yusof and King Faisal II."
        << "Rahim Yusof/Foreign Minister/*;Faisal II/King/*";
    QTest::newRow("a rank after ibni names the father, no official") << "Sultan Haji Omar Rahman ibni Al-Marhum Sultan Haji Yusof 'Ali Karim received the envoy."
        << "Omar Rahman/Sultan/*";
    QTest::newRow("twin: the father's rank standing alone is an official") << "Sultan Haji Omar Rahman received Sultan Haji Yusof Karim."
        << "Omar Rahman/Sultan/*;Yusof Karim/Sultan/*";

    QTest::newRow("members of a collective presidency are officials") << "Members of the Presidency of Bosnia and Herzegovina Denis Kovac and Ivo Maric received the Austrian chancellor."
        << "Denis Kovac/Member of the Presidency/Bosnia and Herzegovina;Ivo Maric/Member of the Presidency/Bosnia and Herzegovina";
    QTest::newRow("twin: the presidency's building names no member") << "The talks were held in the building of the Presidency of Bosnia and Herzegovina on Monday."
        << "";

    QTest::newRow("a research center's name ends the head's body, no name in it") << "Lithuanian President Rokas Vaitkus met the head of the Geopolitics and Security Studies Center in Vilnius."
        << "Rokas Vaitkus/President/Lithuania";
    QTest::newRow("twin: a name after the center's head") << "Lithuanian President Rokas Vaitkus met the Director of the National Cyber Security Center Tomas Petrauskas."
        << "Rokas Vaitkus/President/Lithuania;Tomas Petrauskas//*";

    // --- session 12, leaders: the host of a visit, and the other side of the visit
    QTest::newRow("an official of no state greeting a visitor in a city is the city's")
        << "Malaysian Prime Minister Anwar Ibrahim arrived in Bangkok on Tuesday and was greeted at the airport by Transport Minister Somchai Wong. Cambodia and Cambodia's partners listened; Cambodia agreed."
        << "Anwar Ibrahim/Prime Minister/Malaysia;Somchai Wong//Thailand";
    QTest::newRow("twin: one who meets visitors in two states' cities travels")
        << "Transport Minister Somchai Wong met Malaysian Prime Minister Anwar Ibrahim in Bangkok on Tuesday. On Friday, Somchai met Indonesian President Prabowo Subianto in Jakarta. Cambodia and Cambodia's partners listened; Cambodia agreed."
        << "Anwar Ibrahim/Prime Minister/Malaysia;Prabowo Subianto/President/Indonesia;Somchai Wong//Cambodia";
    QTest::newRow("an official meeting a visitor is of the state the visitor's party meets")
        << "Prime Minister Somchai Wong and his Malaysian counterpart Anwar Ibrahim held talks on Wednesday. On Tuesday, Anwar was received in Bangkok by King Rama Chai. Cambodia and Cambodia's partners listened; Cambodia agreed."
        << "Somchai Wong/Prime Minister/Thailand;Anwar Ibrahim/Prime Minister/Malaysia;Rama Chai/King/Thailand";
    QTest::newRow("twin: a visitor's party meeting two states names no side")
        << "Prime Minister Somchai Wong and his Malaysian counterpart Anwar Ibrahim held talks on Wednesday. On Tuesday, Anwar met Indonesian President Prabowo Subianto. On Thursday, Anwar met Vietnamese President Luong Cuong. Cambodia and Cambodia's partners listened; Cambodia agreed."
        << "Somchai Wong/Prime Minister/Cambodia;Anwar Ibrahim/Prime Minister/Malaysia;Prabowo Subianto/President/Indonesia;Luong Cuong/President/Vietnam";

    // --- session 15, officials: a father's name after "bin" is another person's name
    QTest::newRow("a ruler's one-word name is not the son's patronymic")
        << "President Sheikh Omar received the envoys. Sheikh Saeed bin Omar, the Crown Prince, attended."
        << "Omar/President/*;Saeed bin Omar/Crown Prince/*";
    QTest::newRow("a king known by one name is not the minister the dictionary knows by it")
        << "King Tarek received Qatari Foreign Minister Sheikh Tarek bin Hamdan in Rabat."
        << "King Tarek/King/Morocco;Tarek bin Hamdan/Foreign Minister/Qatar";
    QTest::newRow("twin: the minister's one name with his title is his")
        << "Qatari Foreign Minister Sheikh Tarek bin Hamdan arrived in Rabat. Foreign Minister Tarek said the talks went well."
        << "Tarek bin Hamdan/Foreign Minister/Qatar";
    QTest::newRow("twin: the son's own given name is his")
        << "Crown Prince Saeed bin Omar received the envoys. Saeed thanked them."
        << "Saeed bin Omar/Crown Prince/*";

    // --- session 15, officials: a party leader named after the party and a comma
    QTest::newRow("a leader of a party qualified in lower case, then the name")
        << "A meeting with the leader of the opposition PSD, Andrei Munteanu, was cancelled."
        << "Andrei Munteanu/Leader/*";
    QTest::newRow("a leader of a party with its acronym in brackets, then the name")
        << "He had been expected to meet the leader of the main opposition Democratic Renewal Party (DRP), Selim Kaya, but did not."
        << "Selim Kaya/Leader/*";
    QTest::newRow("twin: the leader of the opposition and no name")
        << "The leader of the opposition PSD said the meeting was cancelled." << "";

    // --- session 15, officials: an office headed by "chief" keeps its wording
    QTest::newRow("a chief's office as written")
        << "Indian Chief of Defence Staff General Vikram Rao spoke." << "Vikram Rao/Chief of Defence Staff/India";
    QTest::newRow("twin: the canonical wording stays")
        << "Indian Chief of the General Staff General Vikram Rao spoke." << "Vikram Rao/Chief of the General Staff/India";

    // --- session 15, officials: an organisation's kind of office in a state's body
    QTest::newRow("a secretary general of a ministry is the state's, as written")
        << "Mauritanian Foreign Minister Ahmed Salem arrived in Rabat and was welcomed by the Secretary General of the Ministry of Foreign Affairs, Karim Alaoui. Morocco and Morocco's partners listened."
        << "Ahmed Salem/Foreign Minister/Mauritania;Karim Alaoui/Secretary General of the Ministry of Foreign Affairs/Morocco";
    QTest::newRow("twin: a secretary general of an organisation is the organisation's")
        << "Mauritanian Foreign Minister Ahmed Salem arrived in Rabat and was welcomed by the Secretary-General of the Arab League, Karim Alaoui. Morocco and Morocco's partners listened."
        << "Ahmed Salem/Foreign Minister/Mauritania;Karim Alaoui/Secretary-General/-";

    // --- session 15, officials: offices the text lists with a comma are joined so
    QTest::newRow("two offices after a comma keep the comma")
        << "Rashid Amanov, Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs of Turkmenistan, arrived."
        << "Rashid Amanov/Deputy Chairman of the Cabinet of Ministers, Foreign Minister/Turkmenistan";
    QTest::newRow("twin: two offices joined by and keep the and")
        << "Rashid Amanov, Deputy Prime Minister and Minister of Foreign Affairs of Turkmenistan, arrived."
        << "Rashid Amanov/Deputy Prime Minister and Foreign Minister/Turkmenistan";

    // --- session 15, officials: "accompanied in the meeting by": the companion is of the accompanied
    QTest::newRow("a companion named a few words after the cue")
        << "Iranian Foreign Minister Ali Rezaei arrived in Muscat. Oman and Oman's partners listened. Rezaei was accompanied in the meeting by Deputy Foreign Minister Reza Karimi."
        << "Ali Rezaei/Foreign Minister/Iran;Reza Karimi/Deputy Foreign Minister/Iran";
    QTest::newRow("twin: no accompaniment, the state named most")
        << "Iranian Foreign Minister Ali Rezaei arrived in Muscat. Oman and Oman's partners listened. Rezaei met in the afternoon with Deputy Foreign Minister Reza Karimi."
        << "Ali Rezaei/Foreign Minister/Iran;Reza Karimi/Deputy Foreign Minister/Oman";

    // --- session 14, affil: which state an official serves
    QTest::newRow("a city, the agency in brackets and a colon: the dateline's state")
        << "Oslo (NTB): Foreign Minister Lars Dahl hosted Palestinian Prime Minister Omar Saleh on Tuesday. The Palestinian "
           "Authority and Palestinian donors welcomed the meeting."
        << "Omar Saleh/Prime Minister/Palestine;Lars Dahl/Foreign Minister/Norway";
    QTest::newRow("twin: a word that is no city before the brackets is no dateline")
        << "Tuesday (NTB): Foreign Minister Lars Dahl hosted Palestinian Prime Minister Omar Saleh on Monday. The Palestinian "
           "Authority and Palestinian donors welcomed the meeting."
        << "Omar Saleh/Prime Minister/Palestine;Lars Dahl/Foreign Minister/Palestine";
    QTest::newRow("the first official, ruled out of the guest's state, is at home with the bare titles")
        << "Prime Minister Tom Bako held talks with his Fijian counterpart Sam Rika on Monday. Foreign Minister Joe Tui "
           "was also present. The Fijian leader later toured the port. Tonga hosted the forum last year."
        << "Tom Bako/Prime Minister/Tonga;Sam Rika/Prime Minister/Fiji;Joe Tui/Foreign Minister/Tonga";
    // (session 16: the first official who meets the guest's people where he is first named is
    // at home as much as one the text rules out of the guest's state: so is the bare title)
    QTest::newRow("twin: a first official who meets the guest's people is at home too")
        << "Prime Minister Tom Bako held talks with Fijian Prime Minister Sam Rika on Monday. Foreign Minister Joe Tui "
           "was also present. The Fijian leader later toured the port. Tonga hosted the forum last year."
        << "Tom Bako/Prime Minister/Tonga;Sam Rika/Prime Minister/Fiji;Joe Tui/Foreign Minister/Tonga";
    QTest::newRow("a state has one prime minister: a second bare one is of the other state")
        << "Prime Minister Sam Rika of Fiji arrived in Wellington on Monday, where New Zealand's trade minister Ann Cole "
           "greeted him. Prime Minister Mark Dunn praised the deal on Tuesday. Fiji and Fiji's exports grew."
        << "Sam Rika/Prime Minister/Fiji;Ann Cole//New Zealand;Mark Dunn/Prime Minister/New Zealand";
    QTest::newRow("twin: a first official who meets no one: the state named most")
        << "Prime Minister Tom Bako praised the port on Monday. Foreign Minister Joe Tui was also present. Fijian "
           "Prime Minister Sam Rika later toured the port. Fiji hosted the forum last year; Fiji won."
        << "Tom Bako/Prime Minister/*;Sam Rika/Prime Minister/Fiji;Joe Tui/Foreign Minister/Fiji";
    QTest::newRow("presidents listed, the last of a state: the state is the last one's alone")
        << "Kenya and Kenya's partners welcomed the summit of President Ali Musa, President Omar Farah and President Hassan Nur of Somalia."
        << "Ali Musa/President/Kenya;Omar Farah/President/Kenya;Hassan Nur/President/Somalia";
    QTest::newRow("twin: a president and a vice president of a state are both of it")
        << "Kenya and Kenya's partners welcomed the summit of President Omar Farah and Vice President Hassan Nur of Somalia."
        << "Omar Farah/President/Somalia;Hassan Nur/Vice President/Somalia";

    // session 16, officials: honorific letters, titles and states of the constructions added
    QTest::newRow("spaced Gulf honorifics are no part of the name")
        << "Prime Minister H E Sheikh Faisal bin Khalid Al Nuaimi met Minister of Planning H E Dr Karim Nasser of Jordan."
        << "Faisal bin Khalid Al Nuaimi/Prime Minister/*;Karim Nasser//Jordan";
    QTest::newRow("twin: a pronoun in lower case is no honorific")
        << "Prime Minister Faisal Nuaimi said he met Karim Nasser of Jordan." << "Faisal Nuaimi/Prime Minister/*";
    QTest::newRow("an adviser to a state's leader serves that state")
        << "Foreign Minister Taye Alemu spoke with Massad Boulos, Senior Advisor to the US President for Africa."
        << "Taye Alemu/Foreign Minister/*;Massad Boulos/Senior Advisor/United States";
    QTest::newRow("twin: an adviser to a bare president takes no state from the title")
        << "Foreign Minister Taye Alemu spoke with Lena Holm, Senior Advisor to the President for Africa."
        << "Taye Alemu/Foreign Minister/*;Lena Holm/Senior Advisor/*";
    QTest::newRow("the crown prince of a city is of its state")
        << "Sheikh Majid bin Saeed, Crown Prince of Dubai, met Kenyan President Daniel Otieno."
        << "Majid bin Saeed/Crown Prince/United Arab Emirates;Daniel Otieno/President/Kenya";
    QTest::newRow("a possessive list of bare names opened by an encounter")
        << "Taking part were Sweden's Anna Berg, Norway's Lars Dahl and Iceland's Þóra Jónsdóttir."
        << "Anna Berg/!/Sweden;Lars Dahl/!/Norway;Þóra Jónsdóttir/!/Iceland";
    QTest::newRow("the head of a research body is no official")
        << "Nino Beridze, director of the Caucasus Institute of Politics, said Foreign Minister Levan Gelashvili would travel."
        << "Levan Gelashvili/Foreign Minister/*";
    QTest::newRow("twin: the head of a state's service is one")
        << "Nino Beridze, director of the Georgian Intelligence Service, said Foreign Minister Levan Gelashvili would travel."
        << "Nino Beridze/Director/Georgia;Levan Gelashvili/Foreign Minister/*";
    // session 16, officials2: a think tank's two-word head; a platform after "official"
    QTest::newRow("the head of a policy center is no official")
        << "Mira Hadad, president of the Gulf Policy Center, said Foreign Minister Levan Gelashvili would travel."
        << "Levan Gelashvili/Foreign Minister/*";
    QTest::newRow("twin: the head of a state's security center is one")
        << "Mira Hadad, director of the Georgian Security Center, said Foreign Minister Levan Gelashvili would travel."
        << "Mira Hadad/Director/Georgia;Levan Gelashvili/Foreign Minister/*";
    QTest::newRow("a platform after 'official' is no name")
        << "According to a post on the official Facebook page of Slovenian President Ana Novak, the talks went well."
        << "Ana Novak/President/Slovenia";
    QTest::newRow("twin: a name after 'official' is one")
        << "According to a senior Slovenian official, Marko Kos, the talks went well."
        << "Marko Kos/Official/Slovenia";
    QTest::newRow("a province right after the title is no part of the name")
        << "Pakistani Prime Minister Ali Khan will meet Chief Minister Sindh Sara Baig in Karachi."
        << "Ali Khan/Prime Minister/Pakistan;Sara Baig/Chief Minister/Pakistan";
    QTest::newRow("twin: the province after 'of'")
        << "Pakistani Prime Minister Ali Khan will meet Chief Minister of Sindh Sara Baig in Karachi."
        << "Ali Khan/Prime Minister/Pakistan;Sara Baig/Chief Minister of Sindh/Pakistan";
    QTest::newRow("a spokesman of a group that is no state is no official")
        << "Sudanese Foreign Minister Omar Idris spoke on Monday. RSF spokesman Tahir Nur said the army was not serious."
        << "Omar Idris/Foreign Minister/Sudan";
    QTest::newRow("twin: a spokesman of the state's army is one")
        << "Sudanese Foreign Minister Omar Idris spoke on Monday. Army spokesman Tahir Nur said the talks were serious."
        << "Omar Idris/Foreign Minister/Sudan;Tahir Nur/Spokesman/Sudan";
    QTest::newRow("an appositive spokesman of a rebel group")
        << "Congolese Foreign Minister Grace Mbala spoke in Doha. An M23 spokesperson, Jean Baraka, said the group was not bound."
        << "Grace Mbala/Foreign Minister/Democratic Republic of the Congo";
    QTest::newRow("twin: a possessive list of things names no one")
        << "Exports rose at Sweden's Volvo Cars, Norway's Hydro Aluminium and Iceland's Landsvirkjun Power."
        << "";
    // session 17, officials: a name the people dictionary holds is a name though a word of it
    // is a stop word ("To Lam"); an unknown field after "for the" ("Commissioner for the
    // Mediterranean A B")
    QTest::newRow("a dictionary name opening with a stop word")
        << "General Secretary To Lam arrived in Havana on Monday." << "To Lam/General Secretary/Vietnam";
    QTest::newRow("twin: a stop word in capitals outside a dictionary name ends the name")
        << "Vietnamese President Luong Cuong To Visit Laos" << "Luong Cuong/President/Vietnam";
    QTest::newRow("an unknown field after 'for the' before the name")
        << "Prime Minister Omar Saleh met Commissioner for the Mediterranean Dubravka Kovac in Cairo."
        << "Omar Saleh/Prime Minister/*;Dubravka Kovac/Commissioner/-";
    QTest::newRow("twin: the field after 'for the' and no name")
        << "Prime Minister Omar Saleh met the Commissioner for the Mediterranean in Cairo." << "Omar Saleh/Prime Minister/*";
    // session 17, officials: a military rank between the title and the name, with a mark of
    // retirement in brackets ("Prime Minister Brigadier (Ret'd) A B"), is no name
    QTest::newRow("a rank and a bracketed retirement mark after the title")
        << "Prime Minister Brigadier (Ret'd) Marcus Hale met Defence Minister General (rtd) Juma Otieno."
        << "Marcus Hale/Prime Minister/*;Juma Otieno/Defence Minister/*";
    QTest::newRow("twin: a rank and a name with no office")
        << "Brigadier (Ret'd) Marcus Hale and Vice Admiral Juma Otieno spoke." << "";
    // session 17, officials: the body of an office written before its title is an association,
    // a university or a centre of studies: its officers hold no office of a state
    QTest::newRow("an association's director before the title is no official")
        << "Bankers Association of Zambia (BAZ) executive director Mary Phiri said Finance Minister Situmbeko Lungu would travel."
        << "Situmbeko Lungu/Finance Minister/*";
    QTest::newRow("twin: the state's bank before the title")
        << "Bank of Zambia (BoZ) governor Mary Phiri said Finance Minister Situmbeko Lungu would travel."
        << "Mary Phiri/Governor/Zambia;Situmbeko Lungu/Finance Minister/*";
    QTest::newRow("a university before an honorific gives no state and no official")
        << "Professor of law at Kuwait University Dr Hamad Al-Saleh said Foreign Minister Abdullah Al-Yahya would travel."
        << "Abdullah Al-Yahya/Foreign Minister/*";
    QTest::newRow("twin: a ministry of the state before the honorific")
        << "Minister of Health of Kuwait Dr Hamad Al-Saleh said Foreign Minister Abdullah Al-Yahya would travel."
        << "Hamad Al-Saleh/Health Minister/Kuwait;Abdullah Al-Yahya/Foreign Minister/*";
    QTest::newRow("the head of a centre of studies is no official")
        << "Olena Marchenko, head of the Kyiv Center for Political Studies, said Foreign Minister Petro Bondar would travel."
        << "Petro Bondar/Foreign Minister/*";
    QTest::newRow("twin: the head of a state agency is one, and its last word no name")
        << "Olena Marchenko, head of the Ukrainian Agency for Defence Procurement, said Foreign Minister Petro Bondar would travel."
        << "Olena Marchenko/Head/Ukraine;Petro Bondar/Foreign Minister/*";
    QTest::newRow("twin: an organisation's name holding 'Association' is no research body")
        << "The Secretary-General of the Association of Southeast Asian Nations, Kao Kim Haan, met Thai Prime Minister Somchai Wongsa."
        << "Kao Kim Haan/Secretary-General/-;Somchai Wongsa/Prime Minister/Thailand";
    // session 17, officials: the spokesman or adviser of a president named in an appositive:
    // "spokesman for President B", "the president's spokesman", "Special Adviser to the President
    // on Media and Publicity, A"; the principal keeps his own office
    QTest::newRow("spokesman for a titled principal, in an appositive")
        << "Bayo Adeyemi, spokesman for President Kofi Mensah, said on Monday."
        << "Bayo Adeyemi/Spokesman/*;Kofi Mensah/President/*";
    QTest::newRow("twin: a field after 'for' is the office's own")
        << "Minister for Foreign Affairs Ama Owusu said on Monday." << "Ama Owusu/Foreign Minister/*";
    QTest::newRow("the president's spokesman, in an appositive")
        << "Bayo Adeyemi, the president's spokesman, said on Monday." << "Bayo Adeyemi/Spokesman/*";
    QTest::newRow("twin: the president's office names no one")
        << "The president's office said on Monday that the talks went well." << "";
    QTest::newRow("an adviser's field after 'on', then the comma and the name")
        << "According to a statement by the Special Adviser to the President on Media and Publicity, Bayo Adeyemi, the talks went well."
        << "Bayo Adeyemi/Adviser/*";
    QTest::newRow("twin: an enumeration of fields after 'on' is no name")
        << "Bayo Adeyemi, Special Adviser to the President on Special Duties, Communications and Strategy, said the talks went well."
        << "Bayo Adeyemi/Adviser/*";
    // session 17, officials: a one-word place after a name's particle is its surname ("Leila de
    // Lima"); "Rep." is a lawmaker's title
    QTest::newRow("a place after a particle ends the name as its surname")
        << "Rep. Marisol de Lima of the Liberal party list said the agreement was welcome."
        << "Marisol de Lima/Rep./-";
    QTest::newRow("twin: a place after 'in' is no surname")
        << "Senator Marisol Reyes said in Lima that the agreement was welcome." << "Marisol Reyes/Senator/*";
    // session 17, officials: an office said of a name with "as" ("the election of A B as Turkish
    // Cypriot leader")
    QTest::newRow("an office after the name and 'as'")
        << "The parliament confirmed Aylin Kaya as Turkish Cypriot leader on Monday." << "Aylin Kaya/Leader/*";
    QTest::newRow("twin: 'as' far from the name")
        << "Aylin Kaya said she would never serve as Turkish Cypriot leader." << "";
    QTest::newRow("twin: 'as well as' before a titled name")
        << "Prime Minister Lena Dahl met Karl Hansen as well as Foreign Minister Ole Berg."
        << "Lena Dahl/Prime Minister/-;Ole Berg/Foreign Minister/-";
    // session 17, officials: "under the A B administration" names the one who led it then
    QTest::newRow("a name between 'under the' and 'administration' is an official")
        << "The loan, agreed under the Peter Banda administration in 2021, lapsed." << "Peter Banda/!/-";
    QTest::newRow("twin: the administration acting names no one")
        << "The Peter Banda administration closed the routes in 2021." << "";
    QTest::newRow("twin: a party's government is no person")
        << "The loan was agreed under the Labour Party government in 2021." << "";
    // session 17, officials: a known official's name opening a thing's name ("the Trump Route for
    // International Peace") is no mention of him
    QTest::newRow("a dictionary name opening a thing's name names no one")
        << "Kenyan officials said the \"Orlovsky Route for Peace and Trade\" would open in May." << "";
    QTest::newRow("twin: the same name before a state")
        << "Kenyan officials told Orlovsky Kenya would open the route in May." << "Orlovsky/Foreign Minister/Belarus";
    // session 17, officials: a rank right after an Arabic "bin" is a forebear's given name and
    // the name goes on ("Abdullah bin Salem bin Sultan Al Qasimi"); a Malay "ibni" still opens the
    // father's ranked name; an honorific may follow the city an office is of
    QTest::newRow("a rank after 'bin' is a given name inside the name")
        << "Deputy Ruler of Sharjah Sheikh Majid bin Salem bin Sultan Al Nuri met Kenyan President Daniel Otieno."
        << "Majid bin Salem bin Sultan Al Nuri/Deputy Ruler/United Arab Emirates;Daniel Otieno/President/Kenya";
    QTest::newRow("twin: a rank after 'ibni' ends the son's name")
        << "Sultan Haji Omar Rahman ibni Sultan Haji Yusof Karim received the envoy." << "Omar Rahman/Sultan/*";
    // session 17, officials: more fields of a portfolio ("Minister of Finance, Economic Planning and
    // Decentralisation A"); "Climate Change" stays one field
    QTest::newRow("a portfolio's fields closed by decentralisation")
        << "Minister of Finance, Economic Planning and Decentralisation Joseph Banda attended the meeting."
        << "Joseph Banda/Finance Minister/*";
    QTest::newRow("twin: a field of two words before the comma and the name")
        << "New Zealand's Minister for Climate Change, Simon Hale, attended the meeting."
        << "Simon Hale//New Zealand";
    // session 17, officials: an unknown field after "for" and a two-word name closed by a comma
    // that no name follows ("Minister for Economic Revitalization A B, who")
    QTest::newRow("an unknown field and a name closed by a comma")
        << "Minister for Economic Revitalization Kenji Mori, who led the talks, flew home."
        << "Kenji Mori/Minister for Economic Revitalization/-";
    QTest::newRow("twin: the field closed by a comma before the name")
        << "The Minister for Economic Revitalization and Growth, Kenji Mori, flew home." << "Kenji Mori/Minister/-";
    QTest::newRow("twin: a centre of studies closed by a comma names no one")
        << "Olena Marchenko, head of the Penta Center for Applied Political Studies, said the visit mattered." << "";
    // session 17, officials: a unit of a body in its possessive ("the head of the Defense
    // Ministry's political-military bureau, A")
    QTest::newRow("a unit of a ministry in its possessive, then the comma and the name")
        << "Present was the head of the Defense Ministry's political-military bureau, Dror Levi." << "Dror Levi/Head/-";
    QTest::newRow("twin: the unit and no name")
        << "Present was the head of the Defense Ministry's political-military bureau." << "";
    // session 17, officials: "Cabinet member" is a minister's title
    QTest::newRow("a cabinet member joined to another office, then an honorific and the name")
        << "The talks were attended by Minister of State and Cabinet member Dr. Musa Al-Rashed." << "Musa Al-Rashed//*";
    QTest::newRow("twin: the cabinet's members unnamed")
        << "The talks were attended by the members of the Cabinet on Monday." << "";
    // session 17, officials: a given name none of the entry's forms holds, right before a
    // surname the dictionary knows, names another person of that surname
    QTest::newRow("another given name before a dictionary surname is another person")
        << "Kenyan officials met on Monday. Reporting by Anna Orlovsky; editing by Tom Hale." << "";
    QTest::newRow("twin: the entry's own given name before the surname")
        << "Kenyan officials met Dmitry Orlovsky on Monday." << "Dmitry Orlovsky/Foreign Minister/Belarus";
    // session 17, officials: "a former X" after the name describes a commentator, no official;
    // "the former X" names one
    QTest::newRow("'a former ambassador' after the name is no official")
        << "\"India is hedging,\" said Raj Kumar Thapa, a former ambassador to India and a professor of political science."
        << "";
    QTest::newRow("twin: 'the former prime minister' after the name is one")
        << "\"India is hedging,\" said Raj Kumar Thapa, the former prime minister." << "Raj Kumar Thapa//*";
    // session 17, officials: "the X party of A B": a full name after a party and "of" is its leader
    QTest::newRow("a full name after 'party of' is the party's leader")
        << "The coalition took in the Freedom and Democracy party of Tomas Novak on Monday." << "Tomas Novak/Party Leader/-";
    QTest::newRow("twin: a party of people unnamed")
        << "The coalition took in the Freedom and Democracy party of the workers on Monday." << "";
    // session 17, officials: a one-word title inside a name at the sentence's end ("... Hun
    // Sen."); a party's president leads no state ("President of the X Party and President of the
    // Senate A"); the president of a senate or national assembly is its speaker
    QTest::newRow("a title word ending the sentence inside a name")
        << "He conveyed greetings to President of the Senate Samdech Techo Kem Sen." << "Kem Sen/President of the Senate/*";
    QTest::newRow("twin: an abbreviated title before a name")
        << "He conveyed greetings to Sen. Risa Ocampo." << "Risa Ocampo/Senator/*";
    QTest::newRow("a party's president and the senate's")
        << "He greeted President of the Cambodian People's Party and President of the Senate Samdech Techo Kem Sen."
        << "Kem Sen/President of the Cambodian People's Party and President of the Senate/Cambodia";
    QTest::newRow("twin: the president of a republic leads it")
        << "He greeted the President of the Republic, Jane Mora." << "Jane Mora/President/*";
    // session 17, officials: an appositive office in the possessive of a noun for the state
    // ("A, the country's finance minister,")
    QTest::newRow("the country's office in an appositive after the name")
        << "Ama Boateng, the country's finance minister, said the talks went well." << "Ama Boateng/Finance Minister/*";
    QTest::newRow("twin: the country's office with no name")
        << "The talks went well, the country's finance minister said." << "";
    // session 17, officials: a centre for a field of study is a think tank; its head is no official
    QTest::newRow("the director of a centre for a field is no official")
        << "Ana Ruiz, director of the Lagos Centre for Democracy, said Foreign Minister Yusuf Bello would travel."
        << "Yusuf Bello/Foreign Minister/*";
    QTest::newRow("twin: the director of a state's centre is one")
        << "Ana Ruiz, director of the Nigerian Cyber Security Centre, said Foreign Minister Yusuf Bello would travel."
        << "Ana Ruiz/Director/Nigeria;Yusuf Bello/Foreign Minister/*";
    // session 17, offrecall: how news introduces officials (recall). Each row has a twin with a
    // non-official in the same construction (an analyst, a company's head, a journalist, a place)
    QTest::newRow("recall: state's office after the name") << "Karim Haddou, Algeria's foreign minister, arrived in Rome."
        << "Karim Haddou/Foreign Minister/Algeria";
    QTest::newRow("twin: state's company after the name") << "Karim Haddou, Algeria's leading oil analyst, arrived in Rome." << "";
    QTest::newRow("recall: the office after the name") << "Penelope Wray, the foreign minister, told reporters the talks went well."
        << "Penelope Wray/Foreign Minister/*";
    QTest::newRow("twin: the chief executive after the name") << "Penelope Wray, the chief executive, told reporters the talks went well." << "";
    QTest::newRow("recall: who serves as") << "Tomas Vilar, who serves as Chile's defence minister, arrived."
        << "Tomas Vilar/Defence Minister/Chile";
    QTest::newRow("twin: who serves as a columnist") << "Tomas Vilar, who serves as a columnist for Chile's largest newspaper, arrived." << "";
    QTest::newRow("recall: in his capacity as") << "Omar Bakri, in his capacity as Minister of Foreign Affairs of Jordan, signed the accord."
        << "Omar Bakri//*";
    QTest::newRow("twin: in his capacity as a journalist") << "Omar Bakri, in his capacity as a journalist for the Jordan Times, asked a question." << "";
    QTest::newRow("recall: long descriptive title before the name")
        << "Minister of State for Foreign Affairs and International Cooperation Khalid Nuri received the envoy."
        << "Khalid Nuri//*";
    QTest::newRow("twin: long descriptive name of a company before a name")
        << "International Cooperation Holdings founder Khalid Nuri received the envoy." << "";
    QTest::newRow("recall: hyphenated Al- name") << "Saudi Foreign Minister Faisal Al-Rashidi arrived in Cairo."
        << "Faisal Al-Rashidi/Foreign Minister/Saudi Arabia";
    QTest::newRow("twin: hyphenated Al- name of an analyst") << "Saudi analyst Faisal Al-Rashidi spoke in Cairo." << "";
    QTest::newRow("recall: ibn in a name") << "Omani Foreign Minister Badr ibn Hamad Al Busaidi arrived."
        << "Badr ibn Hamad Al Busaidi/Foreign Minister/Oman";
    QTest::newRow("twin: ibn in a scholar's name") << "Omani historian Badr ibn Hamad Al Busaidi lectured." << "";
    QTest::newRow("recall: Mac and O' names") << "Irish Foreign Minister Sean O'Malley and Scottish First Minister Ewan MacLeod spoke."
        << "Sean O'Malley/Foreign Minister/Ireland;Ewan MacLeod//*";
    QTest::newRow("twin: Mac and O' names of journalists") << "Irish journalist Sean O'Malley and Scottish writer Ewan MacLeod spoke." << "";
    QTest::newRow("recall: van in a name") << "Dutch Defence Minister Pieter van Dalen spoke in The Hague."
        << "Pieter van Dalen/Defence Minister/Netherlands";
    QTest::newRow("twin: van in a banker's name") << "Dutch banker Pieter van Dalen spoke in The Hague." << "";
    QTest::newRow("recall: Asian name order") << "Vietnamese Prime Minister Pham Van Long met reporters."
        << "Pham Van Long/Prime Minister/Vietnam";
    QTest::newRow("twin: Asian name order of a company head") << "Vietnamese tycoon Pham Van Long met reporters." << "";
    QTest::newRow("recall: one-word Indonesian name after a title") << "Indonesian President Sutarmo arrived in Jakarta."
        << "Sutarmo/President/Indonesia";
    QTest::newRow("twin: one-word name of an analyst") << "Indonesian analyst Sutarmo spoke in Jakarta." << "";
    QTest::newRow("recall: HE before a title and name") << "H.E. Foreign Minister Abdullah Rahim received the delegation."
        << "Abdullah Rahim/Foreign Minister/*";
    QTest::newRow("twin: HE alone before a name") << "H.E. Abdullah Rahim received the delegation." << "";
    QTest::newRow("recall: Dato' Seri before a name after a title") << "Malaysian Prime Minister Datuk Seri Amran Yusof arrived."
        << "Amran Yusof/Prime Minister/Malaysia";
    QTest::newRow("twin: Datuk Seri on a businessman") << "Malaysian businessman Datuk Seri Amran Yusof arrived." << "";
    QTest::newRow("recall: Tan Sri after a title") << "Malaysian Foreign Minister Tan Sri Hamid Karim spoke."
        << "Hamid Karim/Foreign Minister/Malaysia";
    QTest::newRow("twin: Tan Sri on a tycoon") << "Malaysian tycoon Tan Sri Hamid Karim spoke." << "";
    QTest::newRow("recall: Dr after a title") << "Ethiopian Prime Minister Dr. Abel Tesfaye arrived."
        << "Abel Tesfaye/Prime Minister/Ethiopia";
    QTest::newRow("twin: Dr on an economist") << "Ethiopian economist Dr. Abel Tesfaye arrived." << "";
    QTest::newRow("recall: Field Marshal") << "Pakistan's Field Marshal Asad Mirza met the delegation."
        << "Asad Mirza/Field Marshal/Pakistan";
    QTest::newRow("twin: a field marshal's son") << "Pakistani analyst Asad Mirza, a retired field marshal's son, spoke." << "";
    QTest::newRow("recall: Admiral") << "Indian Navy chief Admiral Vikram Nair visited Colombo."
        << "Vikram Nair//*";
    QTest::newRow("twin: Admiral in a ship's name") << "The Admiral Nair Trading Company visited Colombo." << "";
    QTest::newRow("recall: Crown Prince of a state") << "Crown Prince Khalid bin Faris of Bahrain arrived."
        << "Khalid bin Faris/Crown Prince/Bahrain";
    QTest::newRow("twin: a hotel named for a crown prince") << "The Crown Prince Hotel in Bahrain reopened." << "";
    QTest::newRow("recall: Emir of a state") << "The Emir of Qatar, Sheikh Hamad bin Jasim Al Thani, arrived."
        << "Hamad bin Jasim Al Thani/Emir/Qatar";
    QTest::newRow("twin: a sheikh who is a cleric") << "The imam of the mosque, Sheikh Hamad bin Jasim, preached." << "";
    QTest::newRow("recall: King of a state after one name") << "The senators met Tarek, the King of Jordan, in Washington."
        << "King Tarek/King/Jordan";
    QTest::newRow("twin: the king of a trade after one name") << "The senators met Tarek, the self-styled king of Jordan's falafel trade." << "";
    QTest::newRow("twin: an adverb opening the sentence before the king")
        << "Separately, the King of Jordan, who arrived on Monday, spoke." << "";
    QTest::newRow("recall: Governor of a province") << "Governor of Punjab Bilal Ahmed received the delegation."
        << "Bilal Ahmed//*";
    QTest::newRow("twin: governor of a company's board") << "Bilal Ahmed, a board governor of the Punjab Textile Mills, received the delegation." << "";
    QTest::newRow("recall: Chief of Army Staff") << "Chief of Army Staff General Asim Qadir flew to Riyadh."
        << "Asim Qadir//*";
    QTest::newRow("twin: a general manager") << "General Manager Asim Qadir of Riyadh Foods flew to Riyadh." << "";
    QTest::newRow("recall: Speaker of Parliament") << "Speaker of Parliament Rosa Amadi received the envoys."
        << "Rosa Amadi//*";
    QTest::newRow("twin: a speaker at a conference") << "Keynote speaker Rosa Amadi received an award." << "";
    QTest::newRow("recall: UN Special Envoy for a state") << "UN Special Envoy for Yemen Hans Lindqvist met the delegation."
        << "Hans Lindqvist//*";
    QTest::newRow("twin: a newspaper's special correspondent") << "The Guardian's special correspondent for Yemen Hans Lindqvist met the delegation." << "";
    QTest::newRow("recall: counterpart named alone") << "Egyptian Foreign Minister Karim Nassar met his counterpart, Ali Osman Taha, in Cairo."
        << "Karim Nassar/Foreign Minister/Egypt;Ali Osman Taha/Foreign Minister/*";
    QTest::newRow("twin: an aide named alone") << "Egyptian Foreign Minister Karim Nassar met his friend, Ali Osman Taha, in Cairo."
        << "Karim Nassar/Foreign Minister/Egypt";
    QTest::newRow("recall: surname after a full title earlier") << "Kenyan Foreign Minister Amina Odhiambo arrived. Odhiambo said the talks went well."
        << "Amina Odhiambo/Foreign Minister/Kenya";
    QTest::newRow("recall: deputy prime minister and foreign minister") << "Deputy Prime Minister and Foreign Minister Ishaq Rana of Pakistan arrived."
        << "Ishaq Rana//Pakistan";
    QTest::newRow("twin: deputy editor and columnist") << "Deputy editor and columnist Ishaq Rana of Dawn arrived." << "";
    QTest::newRow("recall: the country's defence minister, a state named before")
        << "Greece closed its border. Nikos Dimas, the country's defence minister, said so."
        << "Nikos Dimas/Defence Minister/*";
    QTest::newRow("twin: the country's biggest bank's head") << "Greece closed its border. Nikos Dimas, the country's richest man, said so." << "";
    QTest::newRow("recall: title after name with 'of' state") << "Lina Haddad, Minister of Foreign Affairs of Lebanon, arrived."
        << "Lina Haddad//Lebanon";
    QTest::newRow("twin: professor of a subject after the name") << "Lina Haddad, Professor of Politics at the American University of Beirut, arrived." << "";
    QTest::newRow("recall: Pehin before a name after a title") << "Brunei's Foreign Minister Pehin Dato Erywan Yusof spoke."
        << "Erywan Yusof/Foreign Minister/Brunei";
    QTest::newRow("twin: Pehin on a businessman") << "Brunei's businessman Pehin Dato Erywan Yusof spoke." << "";
    QTest::newRow("recall: HH the Emir") << "HH the Emir Sheikh Tamim Nasser Al Sani received the envoy."
        << "Tamim Nasser Al Sani/Emir/*";
    QTest::newRow("recall: a dictionary alias holding the royal title keeps it on a one-word name")
        << "The envoys asked about Queen Elizabeth's health." << "Queen Elizabeth/Queen/United Kingdom";
    QTest::newRow("twin: a dictionary alias of a full name drops the title")
        << "The envoys asked about President Lu Wenhai's health." << "Lu Wenhai/President/China";
    QTest::newRow("recall: head of a state's body in the possessive, after the name")
        << "Omar Hassan, head of Sudan's Sovereign Council, arrived." << "Omar Hassan//Sudan";
    QTest::newRow("twin: head of a state's largest bank after the name")
        << "Omar Hassan, head of Kenya's largest bank, arrived." << "";
    QTest::newRow("recall: director of a state's named service, after the name")
        << "Ruth Wanjiku, Director of Kenya's National Intelligence Service, arrived." << "Ruth Wanjiku//Kenya";
    QTest::newRow("twin: director of a state's institute of research")
        << "Ruth Wanjiku, director of Kenya's Institute of Economic Research, arrived." << "";
    QTest::newRow("recall: a state's navy commander after a ranked name")
        << "Rear Admiral Ruth Wanjiku, Kenya's navy commander, arrived." << "Ruth Wanjiku//Kenya";
    QTest::newRow("twin: a ship's commander after a ranked name")
        << "Rear Admiral Ruth Wanjiku, commander of the ship, arrived." << "";
    QTest::newRow("recall: air force chief before the name")
        << "Nigerian air force chief Air Marshal Musa Bello arrived." << "Musa Bello//Nigeria";
    QTest::newRow("twin: an airline chief before the name")
        << "Nigerian airline chief Musa Bello arrived." << "";
    QTest::newRow("recall: a business secretary is a state's office")
        << "British Business Secretary Musa Bello arrived." << "Musa Bello//United Kingdom";
    QTest::newRow("twin: a company secretary is none")
        << "British company secretary Musa Bello arrived." << "";
    QTest::newRow("recall: his guest, a titled official")
        << "Kenyan President Daniel Mwangi held talks with his guest Prime Minister Tomas Vilar." << "Daniel Mwangi/President/Kenya;Tomas Vilar/Prime Minister/*";
    QTest::newRow("twin: a motivational speaker")
        << "Kenyan President Daniel Mwangi held talks with motivational speaker Tomas Vilar." << "Daniel Mwangi/President/Kenya";
    QTest::newRow("recall: one name before a state's office in an appositive")
        << "The envoys met Sutarmo, Indonesia's foreign minister, in Jakarta." << "Sutarmo/Foreign Minister/Indonesia";
    QTest::newRow("twin: a town before a state's office in an appositive")
        << "The talks in Bogor, Indonesia's foreign minister said, went well." << "";
    QTest::newRow("recall: President-elect") << "Bolivian President-elect Rodrigo Paz Pereira arrived."
        << "Rodrigo Paz Pereira//Bolivia";
    QTest::newRow("twin: a place named like a person") << "Bolivian President Rodrigo Paz Pereira arrived in La Paz." << "Rodrigo Paz Pereira//Bolivia";

    // --- session 18, officials: party roles in apposition (a generic head "of" a party: its
    // name, a party word or a qualifier such as "opposition", "ruling", "far-right"), a shared
    // office ("co-leader"), a given name that is a state's, a rank word before "bin"
    QTest::newRow("s18: co-leader of a party in apposition")
        << "Lena Vogt, co-leader of the Greens, criticised the plan." << "Lena Vogt//*";
    QTest::newRow("s18 twin: co-author of a report") << "Lena Vogt, co-author of the report, criticised the plan." << "";
    QTest::newRow("s18: secretary of a small party in lower case")
        << "Paolo Ricci, secretary of the small Civic Action party, called for a debate." << "Paolo Ricci//*";
    QTest::newRow("s18 twin: secretary of a club") << "Paolo Ricci, secretary of the small chess club, called for a debate." << "";
    QTest::newRow("s18: leader of the opposition party named")
        << "The plan was attacked by Tomas Berg, leader of the opposition Labour Party, on Monday." << "Tomas Berg//*";
    QTest::newRow("s18 twin: leader of an opposition march")
        << "The plan was attacked by Tomas Berg, leader of the opposition march, on Monday." << "";
    QTest::newRow("s18: chair of a ruling alliance")
        << "Amina Yusuf, chair of the ruling Progressive Alliance, defended the deal." << "Amina Yusuf//*";
    QTest::newRow("s18 twin: a critic of a ruling alliance")
        << "Amina Yusuf, a critic of the ruling Progressive Alliance, defended the deal." << "";
    QTest::newRow("s18: a given name that is a state's, before a party office")
        << "Georgia Banks, leader of the Liberal Party, said the vote was rigged." << "Georgia Banks//*";
    QTest::newRow("s18 twin: the state, a comma, then a one-word name")
        << "After the vote in Georgia, Banks, leader of the Liberal Party, resigned." << "";
    QTest::newRow("s18: president of a far-right party, a state's given name")
        << "Jordan Maillet, president of the far-right Patriot Front, said the army should stay home." << "Jordan Maillet//*";
    QTest::newRow("s18: leader of a movement named in capitals with a lower-case 'in'")
        << "Kwame Boateng, leader of Hope in Action (HIA), said the deal was secret." << "Kwame Boateng//*";
    QTest::newRow("s18 twin: leader of traders described in lower case")
        << "Kwame Boateng, leader of the Accra traders (AT), said the deal was secret." << "";
    QTest::newRow("s18: a party whose name opens with a sign")
        << "Marco Neri, secretary of the small +Futuro party, asked for a vote." << "Marco Neri//*";
    // --- session 18, officials: a known office, then more fields in capitals up to "and" a known field
    QTest::newRow("s18: fields after a known office, then the comma and the name")
        << "Ghana's Minister of Trade, Agribusiness and Industry, Kofi Mensah, arrived." << "Kofi Mensah//Ghana";
    QTest::newRow("s18: two-word fields after a known office")
        << "Suriname's Minister of Foreign Affairs, International Business and International Cooperation, Rita Bouman, arrived."
        << "Rita Bouman//Suriname";
    QTest::newRow("s18: fields after a known office, then the name at once")
        << "Zambia's Minister of Health, Sanitation and Water Resources Ana Tembo arrived." << "Ana Tembo//Zambia";
    QTest::newRow("s18: fields after a known office in an appositive")
        << "Kofi Mensah, Ghana's Minister of Trade, Agribusiness and Industry, arrived." << "Kofi Mensah//Ghana";
    QTest::newRow("s18 twin: a name, then 'and' another office")
        << "Ghana's Minister of Trade, Kofi Mensah, and Industry Minister Ama Owusu arrived."
        << "Kofi Mensah//Ghana;Ama Owusu//Ghana";
    // --- session 18, officials: an envoy's or commissioner's field "for" in capitals, then the name
    QTest::newRow("s18: an organisation's commissioner for a field, then the name")
        << "UN High Commissioner for Refugees Anna Keller visited the camps." << "Anna Keller//-";
    QTest::newRow("s18: a two-word field")
        << "UN High Commissioner for Human Rights Anna Keller visited the camps." << "Anna Keller//-";
    QTest::newRow("s18: a state's envoy for a field")
        << "Norway's Special Envoy for Climate Finance Ola Berg spoke." << "Ola Berg//Norway";
    QTest::newRow("s18: a field, then a name the dictionary knows in another office")
        << "UN High Commissioner for Refugees Dmitry Orlovsky visited the camps." << "Dmitry Orlovsky//*";
    QTest::newRow("s18 twin: the field and no name")
        << "The UN High Commissioner for Refugees Office in Geneva said nothing." << "";
    // --- session 18, officials: the head of a Malaysian state's government, in Malay
    QTest::newRow("s18: Menteri Besar after the state's region, an honorific before the name")
        << "Also present was Johor Menteri Besar Datuk Rahim Osman." << "Rahim Osman/Menteri Besar/Malaysia";
    QTest::newRow("s18 twin: the office and no name")
        << "The Menteri Besar's office in Johor Bahru said nothing." << "";
    // --- session 18, officials: an office's field "on the X issue", an officer "in charge" of a field
    QTest::newRow("s18: coordinated offices, the second on the X issue, then the name")
        << "National Security Adviser and High Representative on the Tigray issue Dawit Alemu was present." << "Dawit Alemu//*";
    QTest::newRow("s18: a special adviser on the X question, a comma, the name")
        << "Special Adviser on the Kashmir question, Farah Siddiqui, was present." << "Farah Siddiqui//*";
    QTest::newRow("s18: an office with its own field is no organisation's office of that name")
        << "ADDIS ABABA, May 3 (ENA) - High Representative on the Tigray issue Dawit Alemu was present."
        << "Dawit Alemu/High Representative on the Tigray Issue/Ethiopia";
    QTest::newRow("s18 twin: a field on the X issue and no name")
        << "The High Representative on the Tigray issue was present." << "";
    QTest::newRow("s18: a party officer in-charge of a field, then the name")
        << "Party general secretary in-charge communications Ravi Menon said the result was fixed." << "Ravi Menon//*";
    QTest::newRow("s18: the same with 'in charge of'")
        << "Party general secretary in charge of media Ravi Menon said the result was fixed." << "Ravi Menon//*";
    QTest::newRow("s18 twin: in charge of a field and a verb")
        << "The general secretary in charge of media said Ravi was wrong." << "";
    // --- session 18, officials: an envoy whose principal is named by a title alone, in an appositive
    QTest::newRow("s18: the personal envoy of an organisation's head, a field after it")
        << "The minister met Anna Keller, the personal envoy of the UN secretary-general for Yemen, in Riyadh." << "Anna Keller//-";
    QTest::newRow("s18: the envoy of a state's leader named by demonym and title")
        << "The minister met Anna Keller, the envoy of the Kenyan president, in Riyadh." << "Anna Keller//Kenya";
    QTest::newRow("s18 twin: the wife of a state's leader holds no office")
        << "The minister met Anna Keller, the wife of the Kenyan president, in Riyadh." << "";
    // --- session 18, officials: an office seated in a body of capitalised words ending on a head noun
    QTest::newRow("s18: adviser at the Royal Court, in an appositive")
        << "Fahd Al-Qahtani, adviser at the Royal Court, met the envoy." << "Fahd Al-Qahtani//*";
    QTest::newRow("s18: adviser at the Royal Court and another role, in an appositive")
        << "Fahd Al-Qahtani, adviser at the Royal Court and head of the relief centre, met the envoy." << "Fahd Al-Qahtani//*";
    QTest::newRow("s18 twin: an economist at the Central Bank holds no office")
        << "Fahd Al-Qahtani, an economist at the Central Bank, met the envoy." << "";
    QTest::newRow("s18 twin: a generic head at a think tank's council holds no office")
        << "Fahd Al-Qahtani, director for the Gulf at the Atlantic Council, met the envoy." << "";
    QTest::newRow("s18: an organisation's kind of office in a party keeps the party in its title")
        << "Tomas Berg, chairman of the opposition Democratic Party, called for a vote."
        << "Tomas Berg/Chairman of the Opposition Democratic Party/*";
    QTest::newRow("s18 twin: a member of the party holds no office")
        << "Tomas Berg, a member of the opposition Democratic Party, called for a vote." << "";
    // --- session 18, officials: a rank, a field in capitals and a one-word office before the name
    QTest::newRow("s18: Chief, a field and an office, then the name")
        << "Ghanaian Chief Election Commissioner Ama Owusu spoke." << "Ama Owusu/Chief Election Commissioner/Ghana";
    QTest::newRow("s18: Deputy, a field and an office, then the name")
        << "Ghanaian Deputy Economic Adviser Ama Owusu spoke." << "Ama Owusu/Deputy Economic Adviser/Ghana";
    QTest::newRow("s18 twin: an office word inside a name, one name word after it")
        << "Cambodian Senate President Samdech Techo Hun Sen spoke." << "Hun Sen//Cambodia";
    QTest::newRow("s18: a state's name as a given name right after a party title")
        << "Patriot Front president Jordan Maillet said the army should stay home." << "Jordan Maillet//*";
    QTest::newRow("s18: a state's name as a given name right after a state's title")
        << "Defence Minister Israel Kahn said the army should stay home." << "Israel Kahn//*";
    QTest::newRow("s18 twin: a state's name after a title, then a meeting noun in title case")
        << "The Foreign Minister Jordan Visit Was Postponed, officials said." << "";
    QTest::newRow("s18: an office of a body in lower case, then the name at once")
        << "Senior Secretary of the foreign ministry Karim Uddin attended the talks." << "Karim Uddin//*";
    QTest::newRow("s18 twin: an office of a body in lower case, then a one-word place")
        << "The Secretary of the foreign ministry Dhaka sent was late." << "";
    QTest::newRow("s18: Inspector General of Police")
        << "Kenya's Inspector General of Police Dorcas Oduor attended the talks." << "Dorcas Oduor/Inspector General/Kenya";
    QTest::newRow("s18: a party named before 'party leader' in an appositive")
        << "Kalonzo Mutua, Wiper party leader, attended." << "Kalonzo Mutua//*";
    QTest::newRow("s18 twin: a party spokesman holds no office")
        << "Kalonzo Mutua, a party spokesman, attended." << "";
    QTest::newRow("s18: a state opens the name of a party after an office")
        << "Ali Rahman, secretary general of the Bangladesh Nationalist Party, attended." << "Ali Rahman//Bangladesh";
    QTest::newRow("s18 twin: a state, then the name at once")
        << "Prime Minister of Pakistan Ali Rahman attended." << "Ali Rahman//Pakistan";
    QTest::newRow("s18: a governor of a capital's region, its noun in lower case")
        << "Omar Hadi, governor of Khartoum state, attended the talks." << "Omar Hadi/Governor/Sudan";
    QTest::newRow("s18 twin: the governor of the region and no name")
        << "The governor of Khartoum state attended the talks." << "";
    QTest::newRow("s18: a rank that is a given name, after an office")
        << "Iranian Deputy Foreign Minister Amir Hossein Rahimi spoke." << "Amir Hossein Rahimi/Deputy Foreign Minister/Iran";
    QTest::newRow("s18: the same after a legislator's title")
        << "Pakistani Senator Sultan Mahmood Khan spoke." << "Sultan Mahmood Khan//Pakistan";
    QTest::newRow("s18 twin: a monarch's rank after his office")
        << "Malaysian King Sultan Ibrahim Iskandar spoke." << "Ibrahim Iskandar//Malaysia";
    QTest::newRow("s18: a hyphenated political word before 'leader' in an appositive")
        << "Tomas Berg, the far-right leader, called for a vote." << "Tomas Berg//*";
    QTest::newRow("s18 twin: a far-right activist holds no office")
        << "Tomas Berg, a far-right activist, called for a vote." << "";
    QTest::newRow("s18: a rank word before bin is the given name in an appositive")
        << "The talks were attended by Sultan bin Khalid Al Mansoori, Minister of Energy." << "Sultan bin Khalid Al Mansoori//*";
    QTest::newRow("s18: the same in a semicolon list")
        << "Present were Omar bin Zayed Al Nahyan, Deputy Prime Minister; and Amir bin Nasser Al Harbi, Governor of the Central Bank." << "Omar bin Zayed Al Nahyan//*;Amir bin Nasser Al Harbi//*";
    QTest::newRow("s18: a rank word before bin after an office and its comma")
        << "The Minister of State for Foreign Affairs, Sultan bin Saad Al-Nuri, attended." << "Sultan bin Saad Al-Nuri//*";
    QTest::newRow("s18 twin: two offices joined by a comma")
        << "The Crown Prince, Prime Minister Fahd bin Saad Al-Nuri, attended." << "Fahd bin Saad Al-Nuri//*";
    QTest::newRow("s18: a field in lower case before a minister's title, in an appositive")
        << "Karim Nassar, Egypt's industry minister, attended." << "Karim Nassar//Egypt";
    QTest::newRow("s18: two fields in lower case before the title, after a demonym")
        << "Karim Nassar, the Egyptian tourism and culture minister, attended." << "Karim Nassar//Egypt";
    QTest::newRow("s18 twin: a field in lower case before no office")
        << "Karim Nassar, an industry lobbyist, attended." << "";
    QTest::newRow("s18 twin: a rank before a name without bin")
        << "The talks were attended by Sultan Khalid Al Mansoori, Minister of Energy." << "Khalid Al Mansoori//*";

    // --- session 19, officials12: an office's field "for X and Y" whose second field the lexicon
    // does not know, in capitals, then a two-word name at once
    QTest::newRow("s19: a commissioner's fields, the second unknown, then the name")
        << "European Commissioner for Economy and Competitiveness Ilse Varga arrived in Sofia." << "Ilse Varga//*";
    QTest::newRow("s19: the same after 'of', a state's minister")
        << "Latvia's Minister of Defence and Space Ivars Ozols spoke." << "Ivars Ozols//Latvia";
    QTest::newRow("s19: the same in the middle of a sentence, after a verb")
        << "The premier received EU Commissioner for Energy and Housing Dan Holm on Monday." << "Dan Holm//*";
    QTest::newRow("s19: the same with a one-word unknown field and a three-word field")
        << "Minister for Education and Digital Skills Agenda Ana Lopes spoke." << "Ana Lopes//*";
    QTest::newRow("s19 twin: the fields and no name")
        << "The European Commissioner for Economy and Competitiveness said the budget was sound." << "";
    QTest::newRow("s19 twin: the field, 'and' and a name alone")
        << "The Commissioner for Economy and Ilse Varga spoke." << "";
    // --- session 19, officials12: a qualifier of a lower-case field before the office, in an appositive
    QTest::newRow("s19: an international trade representative and a vice-minister, lower case")
        << "Sun Wei, China's international trade representative and vice-minister of commerce, held talks." << "Sun Wei//China";
    QTest::newRow("s19: a foreign trade minister, lower case, after a demonym")
        << "Ola Berg, the Norwegian foreign trade minister, held talks." << "Ola Berg//Norway";
    QTest::newRow("s19: a chief trade negotiator")
        << "Kofi Mensah, Ghana's chief trade negotiator, arrived on Monday." << "Kofi Mensah//Ghana";
    QTest::newRow("s19: an external trade representative before the name")
        << "The EU's external trade representative Anna Keller arrived." << "Anna Keller//*";
    QTest::newRow("s19 twin: an international trade partner holds no office")
        << "Sun Wei, China's international trade partner, held talks." << "";
    QTest::newRow("s19 twin: a trading partner and an old friend hold no office")
        << "Kofi Mensah, Ghana's trading partner and old friend, arrived on Monday." << "";
    // --- session 19, officials12: an office written as an acronym, a rank in lower case before it
    QTest::newRow("s19: assistant USTR in lower case")
        << "A team led by assistant USTR Ben Lyle held talks." << "Ben Lyle//United States";
    QTest::newRow("s19: Deputy USTR")
        << "Deputy USTR Sara Bianco met Japanese officials." << "Sara Bianco//*";
    QTest::newRow("s19: the IGP before a name")
        << "IGP Kamau Njoroge said the roads were safe." << "Kamau Njoroge/Inspector General/*";
    QTest::newRow("s19: USTR alone before a name at the end")
        << "The talks were led by USTR Ben Lyle." << "Ben Lyle//United States";
    QTest::newRow("s19 twin: the acronym's office and no name")
        << "The USTR office said the talks would resume." << "";
    // --- session 19, officials12: offices that audit or control the state's money
    QTest::newRow("s19: Controller of Budget before the name")
        << "Controller of Budget Ruth Wanjiru warned that debt was rising." << "Ruth Wanjiru/Controller of Budget/*";
    QTest::newRow("s19: Auditor General before the name")
        << "Auditor General Nancy Gitau said the accounts were incomplete." << "Nancy Gitau/Auditor General/*";
    QTest::newRow("s19: Comptroller and Auditor General in an appositive")
        << "Ravi Menon, India's Comptroller and Auditor General, said the accounts were incomplete." << "Ravi Menon//India";
    QTest::newRow("s19: Solicitor General after a possessive state")
        << "Kenya's Solicitor General Shadrack Mose attended." << "Shadrack Mose//Kenya";
    QTest::newRow("s19 twin: the auditor general's report and no name")
        << "The Auditor General's report said the accounts were incomplete." << "";
    // --- session 19, officials12: a given name abbreviated with a full stop inside the name
    QTest::newRow("s19: Ma. before the given name, after a title")
        << "Foreign Affairs Secretary Ma. Lourdes Santos met the envoy." << "Ma. Lourdes Santos//*";
    QTest::newRow("s19: Md. after a demonym and a title")
        << "Bangladeshi Minister Md. Tofazzal Karim arrived in Delhi." << "Md. Tofazzal Karim//Bangladesh";
    QTest::newRow("s19: Mohd. in an appositive")
        << "The envoy met Mohd. Rashid Hasnan, Malaysia's deputy prime minister, in Jakarta." << "Mohd. Rashid Hasnan//Malaysia";
    QTest::newRow("s19: Ma. in a senator's name")
        << "Senator Ma. Teresa Reyes said the bill was urgent." << "Ma. Teresa Reyes//*";
    QTest::newRow("s19 twin: a surname before the sentence's full stop")
        << "The envoy met Foreign Affairs Secretary Lin Ma. Officials said the talks went well." << "Lin Ma//*";
    // --- session 19, officials12: an honorific of a profession or courtesy before the name
    QTest::newRow("s19: Mallam in an appositive after an office")
        << "The party, through its Publicity Secretary, Mallam Sani Bello, said the plan failed." << "Sani Bello//*";
    QTest::newRow("s19: Engr. after a minister's title")
        << "Minister of Works Engr. David Okafor said the road would open." << "David Okafor//*";
    QTest::newRow("s19: Barr. before the name after a title")
        << "Attorney General Barr. Musa Danladi said the case was closed." << "Musa Danladi//*";
    QTest::newRow("s19: Malam after a governor's title")
        << "Kano Governor Malam Abba Kabir said the schools would reopen." << "Abba Kabir//*";
    QTest::newRow("s19 twin: an honorific alone makes no official")
        << "Mallam Sani Bello, a cleric, preached on Friday." << "";
    // --- session 19, officials12: a company's name after a state's possessive is no person
    QTest::newRow("s19 twin: a technology firm after a state's possessive")
        << "The plant, owned by China's Wingate Technology, was seized when Dutch Prime Minister Eva Smit met the board."
        << "Eva Smit//Netherlands";
    QTest::newRow("s19 twin: an electronics firm after a state's possessive")
        << "Prime Minister Eva Smit met Japan's Kaito Electronics on Monday." << "Eva Smit//*";
    QTest::newRow("s19 twin: an industries firm in a list")
        << "Prime Minister Eva Smit met South Korea's Hanwa Industries and Japan's Kaito Electronics." << "Eva Smit//*";
    QTest::newRow("s19: a person after a state's possessive in an encounter")
        << "Prime Minister Eva Smit met Japan's Kaito Watanabe on Monday." << "Eva Smit//*;Kaito Watanabe//Japan";
    // --- session 19, officials12: a surname that is a pronoun elsewhere ("He"), right after the title
    QTest::newRow("s19: a ministry spokeswoman named He")
        << "Commerce ministry spokeswoman He Lanying told a briefing that talks continued." << "He Lanying//*";
    QTest::newRow("s19: a vice premier named He, mid-sentence")
        << "The envoy met Chinese Vice Premier He Jun in Beijing." << "He Jun//China";
    QTest::newRow("s19: a spokesman named He, one given name")
        << "Foreign ministry spokesman He Bin said the visit was planned." << "He Bin//*";
    QTest::newRow("s19: a minister named He after a demonym")
        << "Chinese Commerce Minister He Ping arrived in Paris." << "He Ping//China";
    QTest::newRow("s19 twin: the pronoun after a title and a comma")
        << "He met the spokeswoman. She said He Lanying was away." << "";
    QTest::newRow("s19 twin: the pronoun opening a clause after the title's holder")
        << "Commerce ministry spokeswoman Li Lan said He would travel to Paris." << "Li Lan//*";
    // --- session 19, officials12: an office whose principal is named with his title, in the possessive
    QTest::newRow("s19: a state leader's special envoy, in an appositive")
        << "The premier spoke with Mark Sallis, US President Tom Harlan's special envoy to Iraq." << "Mark Sallis//United States;Tom Harlan//United States";
    QTest::newRow("s19: a state leader's foreign policy adviser, in an appositive")
        << "Anna Petrova, Russian President Ivan Sokolov's foreign policy adviser, said the talks were useful." << "Anna Petrova//Russia;Ivan Sokolov//Russia";
    QTest::newRow("s19: a state leader's diplomatic adviser, opening the sentence")
        << "Jean Morel, French President Paul Girard's diplomatic adviser, travelled to Kyiv." << "Jean Morel//France;Paul Girard//France";
    QTest::newRow("s19: a prime minister's chief of staff")
        << "Omar Aziz, Pakistani Prime Minister Ali Rahman's chief of staff, travelled to Doha." << "Omar Aziz//Pakistan;Ali Rahman//Pakistan";
    QTest::newRow("s19 twin: a state leader's son-in-law holds no office")
        << "Mark Sallis, US President Tom Harlan's son-in-law, travelled to Kyiv." << "Tom Harlan//United States";
    // --- session 19, officials12: an adviser's field "on X and Y", then the comma and an honorific
    QTest::newRow("s19: an adviser to the president on two fields, then Mr. and the name")
        << "The visit was confirmed by the Special Adviser to the President on Information and Strategy, Mr. Bayo Adewale." << "Bayo Adewale//*";
    QTest::newRow("s19: a senior special assistant on one field, then Dr. and the name, at the head")
        << "Senior Special Assistant to the President on Media, Dr. Ajuri Bello, said the leaders met." << "Ajuri Bello//*";
    QTest::newRow("s19: the same without the honorific")
        << "Special Adviser to the President on Information and Strategy, Bayo Adewale, said the leaders met." << "Bayo Adewale//*";
    QTest::newRow("s19 twin: the adviser's field and no name")
        << "The visit was confirmed by the Special Adviser to the President on Information and Strategy." << "";
    // --- session 19, officials12: a party's officer, the party in capitals, then "and a" second description
    QTest::newRow("s19: co-chair of a party named in capitals, and a member of parliament")
        << "Asen Vasev, co-chair of We Continue the Change and a member of parliament, said the cabinet failed." << "Asen Vasev//*";
    QTest::newRow("s19: leader of a party, and a former minister")
        << "Asen Vasev, leader of Forward Together and a former minister, said the cabinet failed." << "Asen Vasev//*";
    QTest::newRow("s19: chair of a party with its word, and a lawmaker")
        << "Asen Vasev, chair of the Green Party and a lawmaker, said the cabinet failed." << "Asen Vasev//*";
    QTest::newRow("s19: president of a party named in capitals")
        << "Asen Vasev, president of Forward Together, said the cabinet failed." << "Asen Vasev//*";
    QTest::newRow("s19 twin: a supporter of the party and a member of its council")
        << "Asen Vasev, a supporter of We Continue the Change and a member of its council, said the cabinet failed." << "";
    // --- session 19, officials12: the office told by a relative clause after the name ("who chairs ...")
    QTest::newRow("s19: a description, then who chairs a body's committee")
        << "Karl Weber, the German Social Democrat who chairs the European Parliament's trade committee, said the EU waited."
        << "Karl Weber/Chair of the European Parliament's trade committee/-";
    QTest::newRow("s19: who chairs a committee named in capitals, right after the name")
        << "Tom Reed, who chairs the Senate Foreign Relations Committee, said the talks failed." << "Tom Reed//*";
    QTest::newRow("s19: who leads a party, at the sentence's end")
        << "The plan was criticised by Tom Reed, who leads the opposition Labour Party." << "Tom Reed//*";
    QTest::newRow("s19: who heads an agency, a description between")
        << "Lina Aziz, a veteran diplomat who heads the foreign ministry's consular department, met the families." << "Lina Aziz//*";
    QTest::newRow("s19 twin: who chairs a book club")
        << "Anna Holm, a Swedish writer who chairs a book club, said the deal was weak." << "";
    QTest::newRow("s19 twin: who chaired the committee once")
        << "Tom Reed, who chaired the Senate Foreign Relations Committee, said the talks failed." << "";
    QTest::newRow("s19 twin: who heads the family business")
        << "Tom Reed, who heads the family business, said the talks failed." << "";
    QTest::newRow("s19: who is in charge of a state's agency, in its possessive")
        << "The delegates were received by Pak Chol-min, who is in charge of Pyongyang's agency for external relations." << "Pak Chol-min//North Korea";
    QTest::newRow("s19: who is the head of a body")
        << "The delegates were received by Lina Aziz, who is the head of the national migration agency." << "Lina Aziz//*";
    QTest::newRow("s19 twin: who is in charge of the catering")
        << "The delegates were received by Lina Aziz, who is in charge of the catering." << "";
    QTest::newRow("s19: who heads an organisation")
        << "Tom Reed, who heads the World Bank, said the talks failed." << "Tom Reed//-";
    QTest::newRow("s19 twin: who heads a company's board")
        << "Tom Reed, who heads the company's board, said the talks failed." << "";
    QTest::newRow("s19 twin: who leads a football association")
        << "Tom Reed, who leads the football association, said the talks failed." << "";
    QTest::newRow("s19 twin: who heads a think tank's council")
        << "Tom Reed, who heads the Atlantic Council, said the talks failed." << "";
    // --- session 19, officials12: the lead describes an office with no name; the next sentence opens on the name
    QTest::newRow("s19: a state's minister in the lead, the name opening the next sentence")
        << "Kenya's foreign minister has urged Ethiopia to reopen the border. Musa Wanjala made the call on Monday."
        << "Musa Wanjala/Foreign Minister/Kenya";
    QTest::newRow("s19: a demonym's minister after the article in the lead")
        << "The Turkish defence minister has warned Greece over the drills. Yasar Kaplan told reporters the army was ready."
        << "Yasar Kaplan/Defence Minister/Turkey";
    QTest::newRow("s19: a state's commerce minister, the name and a past verb")
        << "China's commerce minister has asked the Dutch to correct their mistakes. Wang Lizhong raised the issue in a call."
        << "Wang Lizhong/Commerce Minister/China";
    QTest::newRow("s19: a state's central bank governor")
        << "Ghana's central bank governor has defended the rate rise. Kofi Asante said inflation would fall by June."
        << "Kofi Asante//Ghana";
    QTest::newRow("s19 twin: the name with a description of its own")
        << "Kenya's foreign minister has urged Ethiopia to reopen the border. Musa Wanjala, a trader in Moyale, said the delay cost him money."
        << "";
    QTest::newRow("s19 twin: the office not the lead's subject")
        << "Traders said Kenya's foreign minister had urged Ethiopia to reopen the border. Musa Wanjala said the delay cost him money."
        << "";
    QTest::newRow("s19 twin: a name the dictionary knows opening the next sentence is no holder of the lead's office")
        << "The Kenyan president has threatened new tariffs on China. Lu Wenhai replied that China would not bow to pressure."
        << "Lu Wenhai/President/China";
    // --- session 19, officials12: an office's acronym between the title and the name
    QTest::newRow("s19: deputy NSA before the name")
        << "The talks were led by deputy NSA Vikram Rao." << "Vikram Rao//*";
    QTest::newRow("s19: Deputy DNI before the name")
        << "Deputy DNI Ana Ruiz briefed the committee." << "Ana Ruiz//*";
    QTest::newRow("s19: a body's acronym after a rank, before a three-word name")
        << "Acting NIA Director Sunil Kumar Rao briefed the committee." << "Sunil Kumar Rao//*";
    QTest::newRow("s19 twin: two capital initials open the name")
        << "Nepali Prime Minister KP Sharma Oli arrived." << "KP Sharma Oli//Nepal";
    // --- session 19, officials12: appositives that end the sentence, a tenure joined to the title,
    // a leader's adviser named by the leader's title in the possessive after a demonym
    QTest::newRow("s19: an ambassador-designate in an appositive at the sentence's end")
        << "The envoy met Olena Kravets, Ukraine's ambassador-designate to Japan." << "Olena Kravets//Ukraine";
    QTest::newRow("s19: a minister delegate for a lower-case field at the sentence's end")
        << "The envoy met Jean Dupont, the French minister delegate for foreign trade." << "Jean Dupont//France";
    QTest::newRow("s19: the French president's adviser")
        << "The envoy met Jean Dupont, the French president's diplomatic adviser." << "Jean Dupont//France";
    QTest::newRow("s19: the Kenyan president's spokesman, in the middle")
        << "Amos Kiprono, the Kenyan president's spokesman, said the talks went well." << "Amos Kiprono//Kenya";
    QTest::newRow("s19 twin: a French president's biographer holds no office")
        << "The envoy met Jean Dupont, the French president's biographer." << "";
    QTest::newRow("s19 twin: a minister's complement running on into a clause")
        << "The envoy met Jean Dupont, the French minister delegate for trade who resigned last year and now sells wine." << "";
    // --- session 19, officials12: a ministry's officer in an appositive, the ministry in lower case
    // after a state's possessive or a demonym
    QTest::newRow("s19: the spokesman for a state's foreign ministry")
        << "The envoy met Ahmed Ali, the spokesman for Egypt's foreign ministry, in Cairo." << "Ahmed Ali//Egypt";
    QTest::newRow("s19: a state's foreign ministry spokesman")
        << "The envoy met Ahmed Ali, Egypt's foreign ministry spokesman, in Cairo." << "Ahmed Ali//Egypt";
    QTest::newRow("s19: spokesperson for the demonym's foreign ministry, at the end")
        << "The envoy met Ahmed Ali, spokesperson for the Egyptian foreign ministry." << "Ahmed Ali//Egypt";
    QTest::newRow("s19: the spokeswoman of a state's defence ministry")
        << "Ana Ruiz, the spokeswoman of Spain's defence ministry, said the drills were routine." << "Ana Ruiz//Spain";
    QTest::newRow("s19 twin: a spokesman for a state's largest bank")
        << "The envoy met Ahmed Ali, a spokesman for Egypt's largest bank, in Cairo." << "";
    // --- session 19, officials12: an assistant's or a first deputy's office is no head's office
    QTest::newRow("s19: Assistant Foreign Minister keeps its rank")
        << "Chinese Assistant Foreign Minister Lin Hua met the envoy." << "Lin Hua/Assistant Foreign Minister/China";
    QTest::newRow("s19: assistant foreign minister in lower case, in an appositive")
        << "The envoy met Lin Hua, China's assistant foreign minister, in Beijing." << "Lin Hua/Assistant Foreign Minister/China";
    QTest::newRow("s19: first deputy foreign minister in lower case")
        << "The envoy met Oleg Petrov, Russia's first deputy foreign minister, in Moscow." << "Oleg Petrov/Deputy Foreign Minister/Russia";
    QTest::newRow("s19: Assistant Secretary of State with a field")
        << "US Assistant Secretary of State for African Affairs Mary Pike met the envoy." << "Mary Pike/Assistant Secretary of State/United States";
    QTest::newRow("s19 twin: the foreign minister himself")
        << "Chinese Foreign Minister Lin Hua met the envoy." << "Lin Hua/Foreign Minister/China";
    // --- session 19, officials12: abbreviated and postnominal titles ("Gov.", "MP" before or after the name)
    QTest::newRow("s19: Gov. before the name")
        << "Gov. Kate Hollis met the envoy in Albany." << "Kate Hollis/Governor/*";
    QTest::newRow("s19: a demonym and MP before the name")
        << "British MP Emma Thorn met the envoy." << "Emma Thorn/MP/United Kingdom";
    QTest::newRow("s19: MP after the name, no comma")
        << "The envoy met Emma Thorn MP in London." << "Emma Thorn/MP/*";
    QTest::newRow("s19: MP after the name, then an office in an appositive")
        << "The envoy met Emma Thorn MP, chair of the committee, in London." << "Emma Thorn/Chairperson/*";
    QTest::newRow("s19: MP after the name, then a state's office in an appositive")
        << "The envoy met Emma Thorn MP, Britain's trade minister, in London." << "Emma Thorn/Trade Minister/United Kingdom";
    QTest::newRow("s19 twin: a party and MP before the name")
        << "Labour MP Emma Thorn met the envoy." << "Emma Thorn/MP/*";
    QTest::newRow("s19: a field and PS before the name")
        << "Interior PS Raymond Okoth met the envoy." << "Raymond Okoth/Principal Secretary/*";
    QTest::newRow("s19: a permanent secretary in an appositive")
        << "The talks were opened by Lars Holm, Denmark's permanent secretary of defence." << "Lars Holm//Denmark";
    QTest::newRow("s19: Dasho before the name is no part of it")
        << "Bhutanese Prime Minister Dasho Pema Wangdi met the envoy." << "Pema Wangdi/Prime Minister/Bhutan";
    QTest::newRow("s19 twin: a permanent exhibition's secretary is no one")
        << "The permanent secretary said nothing." << "";

    // --- session 20, officials13: a minister's fields, any capitalised phrases joined by "and",
    // before the name (the field is read by its shape, not from a list of known fields)
    QTest::newRow("s20: a known field continued by an unknown word, 'and', a field, the name")
        << "Minister of Health Promotion and Social Protection Karim Haddad opened the clinic." << "Karim Haddad/Health Minister/*";
    QTest::newRow("s20: a field, 'and the' a field, the name, after 'attended by'")
        << "The talks were attended by Minister of Labour and the Civil Service Mara Quinn." << "Mara Quinn//*";
    QTest::newRow("s20: three fields, a rank between the fields and the name")
        << "Minister for Tourism and Culture and Creative Industries Senator Olu Bankole spoke." << "Olu Bankole//*";
    QTest::newRow("s20: an office in charge of two fields, a three-word name")
        << "Minister-in-charge of Trade and Science and Technology Lim Wei Ming met the envoy." << "Lim Wei Ming//*";
    QTest::newRow("s20: a state's possessive, fields of a minister of state, the name")
        << "Ghana's Minister of Lands and Natural Resources Kofi Amoah met the envoy." << "Kofi Amoah//Ghana";
    QTest::newRow("s20: the fields after a known two-field office, a rank, the name")
        << "Minister of Foreign Affairs and Foreign Trade Dr Rhea Campbell met the envoy." << "Rhea Campbell//*";
    QTest::newRow("s20: a known field, 'and' a field, a name with a particle")
        << "The delegation included Minister of Water and Irrigation Omar al-Haddadin." << "Omar al-Haddadin//*";
    QTest::newRow("s20: a known field, 'and' a field, a name with a rank inside it")
        << "Minister of Finance and Planning Rawand Sheikh Aziz took part." << "Rawand Sheikh Aziz//*";
    QTest::newRow("s20 twin: a title's holder, then 'and' a three-word name with no office")
        << "Minister of Trade Rashid Ali and Ahmed Musa Bello spoke." << "Rashid Ali//*";
    QTest::newRow("s20 twin: the ministry of the same fields names no one")
        << "The Ministry of Health Promotion and Social Protection opened the clinic." << "";
    QTest::newRow("s20 twin: the office and its fields, then a verb, no name")
        << "The Minister of Labour and the Civil Service said wages would rise." << "";
    QTest::newRow("s20 twin: the office's fields then 'and' a person with no office")
        << "The Minister of Tourism and Culture and Olu Bankole spoke." << "";
    // --- session 20, officials13: an organisation's body named by capitalised words, the state it
    // serves in and its acronym: the words are the body's, never a person's name
    QTest::newRow("s20: the head of a UN mission in a state, its acronym, the comma and the name")
        << "The head of the UN Assistance Mission in Somalia (UNSOM), Ravi Patel, met the president." << "Ravi Patel//-";
    QTest::newRow("s20: the same in an appositive after the name")
        << "Ravi Patel, head of the UN Assistance Mission in Somalia (UNSOM), said the vote was delayed." << "Ravi Patel//-";
    QTest::newRow("s20: two offices joined by 'and', the second a UN force's head")
        << "The premier received the Special Representative of the UN Secretary-General and head of the UN Interim Force in Lebanon (UNIFIL), Lara Costa, on Monday."
        << "Lara Costa//-";
    QTest::newRow("s20: a UN mission in a state with no acronym, then the comma and the name")
        << "The chief of the UN Verification Mission in Colombia, Lara Costa, said the accord held." << "Lara Costa//-";
    QTest::newRow("s20 twin: the mission's head and no name")
        << "The head of the UN Assistance Mission in Somalia (UNSOM) said the vote was delayed." << "";
    QTest::newRow("s20 twin: the mission's head, with no acronym, and no name")
        << "The head of the UN Verification Mission in Colombia said the accord held." << "";
    // --- session 20, officials13: the head of a state's body, the body named after "of" (the state
    // inside its name or in the possessive before it), then the comma, an honorific and the name
    QTest::newRow("s20: the chief executive of a body that holds the state's name, its acronym, Dr and the name")
        << "The Chief Executive of the Kenya Tea Board (KTB), Dr Jane Wambui, met the envoy." << "Jane Wambui/Chief Executive/Kenya";
    QTest::newRow("s20: the chief executive of such a body in an appositive after the name")
        << "Jane Wambui, Chief Executive of the Kenya Tea Board, said exports fell." << "Jane Wambui//Kenya";
    QTest::newRow("s20: a state's possessive, then the body's own name in its language, Mr and the name")
        << "The Director General of Senegal's Agence de Promotion des Investissements, Mr Awa Diop, spoke." << "Awa Diop//Senegal";
    QTest::newRow("s20: a state's possessive, a Spanish body's name, a three-word name")
        << "The Director of Peru's Servicio Nacional de Aduanas, Luis Quispe Rojas, and the envoy spoke." << "Luis Quispe Rojas//Peru";
    QTest::newRow("s20 twin: the chief executive of the body and no name")
        << "The Chief Executive of the Kenya Tea Board (KTB) said exports fell." << "";
    QTest::newRow("s20 twin: the body's director and no name after the comma")
        << "The Director General of Senegal's Agence de Promotion des Investissements, in a statement, said exports fell." << "";
    // --- session 20, officials13: heads of regions and cities, a local honorific kept out of the
    // name; the office serves the state of its region or city
    QTest::newRow("s20: a Malay state's head spelt Mentri, Datuk before the name")
        << "Kelantan Mentri Besar Datuk Ahmad Yaakob said the roads were closed." << "Ahmad Yaakob/Mentri Besar/Malaysia";
    QTest::newRow("s20: the same spelt Menteri, Dato' Seri before a three-word name")
        << "Terengganu Menteri Besar Dato' Seri Ahmad Samsuri Mokhtar met the envoy." << "Ahmad Samsuri Mokhtar//Malaysia";
    QTest::newRow("s20: the office, the comma, Tan Sri and the name")
        << "The Mentri Besar, Tan Sri Ahmad Yaakob, said the roads were closed." << "Ahmad Yaakob//Malaysia";
    QTest::newRow("s20: a city the lexicon places before a governor, opening the sentence")
        << "Kano Governor Abba Yusuf met the envoy." << "Abba Yusuf/Governor/Nigeria";
    QTest::newRow("s20: a city the lexicon places before a governor, mid-sentence")
        << "The envoy met Mombasa Governor Ali Nassir on Monday." << "Ali Nassir/Governor/Kenya";
    QTest::newRow("s20 twin: the city after 'in' is where the governor was, not his seat")
        << "The envoy met in Lahore Governor Ali Khan." << "Ali Khan/Governor/-";
    QTest::newRow("s20 twin: a Datuk with no office")
        << "Datuk Ahmad Yaakob, a businessman, said the roads were closed." << "";
    QTest::newRow("s20 twin: the Mentri Besar's office and no name")
        << "The Mentri Besar's office said the roads were closed." << "";
    // --- session 20, officials13: a legislator told after the name with "an", and his party after
    // "from" or "for", up to "who" or the sentence's end
    QTest::newRow("s20: an MP in an appositive, 'an' before the title")
        << "Robert Telus, an MP, said the deal came late." << "Robert Telus/MP/*";
    QTest::newRow("s20: an opposition lawmaker")
        << "Robert Telus, an opposition lawmaker, said the deal came late." << "Robert Telus//*";
    QTest::newRow("s20: an MP from a party with its acronym, then 'who'")
        << "\"It came late,\" said Robert Telus, an MP from the ruling Civic Platform (PO) party who served as a minister until 2023." << "Robert Telus/MP/*";
    QTest::newRow("s20: a lawmaker from a party, then the comma")
        << "Robert Telus, a lawmaker from the ruling Civic Platform party, said the deal came late." << "Robert Telus//*";
    QTest::newRow("s20: a senator for a party at the sentence's end")
        << "The plan was opposed by Anna Berg, a senator for the Greens." << "Anna Berg//*";
    QTest::newRow("s20 twin: an analyst holds no seat")
        << "Robert Telus, an analyst, said the deal came late." << "";
    QTest::newRow("s20 twin: a voter from the ruling party's heartland")
        << "Robert Telus, a voter from the ruling Civic Platform party, said the deal came late." << "";
    QTest::newRow("s20 twin: an economist at the central bank")
        << "Robert Telus, an economist at the central bank, said the deal came late." << "";
    // --- session 20, officials13: a seat in a legislature the text names by its own name: its state
    QTest::newRow("s20: a member of the Seimas in an appositive, a party's chair after 'and', a dashed party name")
        << "\"It was late,\" said Jonas Petraitis, a member of the Seimas and chairman of the opposition Homeland Union – Christian Democrats."
        << "Jonas Petraitis//Lithuania";
    QTest::newRow("s20: a Knesset member before the name")
        << "Knesset member Yael Cohen said the vote was close." << "Yael Cohen//Israel";
    QTest::newRow("s20: a Sejm deputy in an appositive")
        << "Anna Nowak, a Sejm deputy, said the vote was close." << "Anna Nowak//Poland";
    QTest::newRow("s20: a Bundestag member mid-sentence")
        << "The envoy met Bundestag member Jens Vogel in Berlin." << "Jens Vogel//Germany";
    QTest::newRow("s20 twin: a reporter at the Sejm holds no seat")
        << "Anna Nowak, a Sejm reporter, said the vote was close." << "";
    QTest::newRow("s20 twin: a visitor to the Knesset holds no seat")
        << "Yael Cohen, a visitor to the Knesset, said the vote was close." << "";
    // --- session 20, officials13: an office's field after "on" in lower case, then the name
    QTest::newRow("s20: an opposition spokesman on finance before the name")
        << "Opposition spokesman on finance Julian Robinson said the budget was late." << "Julian Robinson/Spokesman/*";
    QTest::newRow("s20: the same in an appositive")
        << "Julian Robinson, opposition spokesman on finance, said the budget was late." << "Julian Robinson//*";
    QTest::newRow("s20: an adviser on security, the comma and the name")
        << "The talks were led by the adviser on security, Mark Tan, and two aides." << "Mark Tan//*";
    QTest::newRow("s20: a shadow spokeswoman on health")
        << "Shadow spokeswoman on health Dana Price said the wards were full." << "Dana Price//*";
    QTest::newRow("s20 twin: the spokesman on finance and no name")
        << "The spokesman on finance said the budget was late." << "";
    QTest::newRow("s20 twin: a field of no portfolio before a name")
        << "Spokesman on weather Julian Robinson said it would rain." << "";
    // --- session 20, officials13: an opposition portfolio ("critic") after its field in lower case
    // and a party or "opposition"
    QTest::newRow("s20: a party's agriculture critic before the name")
        << "Conservative agriculture critic John Barlow said the deal was weak." << "John Barlow/Critic/*";
    QTest::newRow("s20: a party's acronym, a two-word field")
        << "NDP foreign affairs critic Heather Lee said the deal was weak." << "Heather Lee//*";
    QTest::newRow("s20: the opposition's finance critic")
        << "Opposition finance critic Dana Price said the deal was weak." << "Dana Price//*";
    QTest::newRow("s20: the same in an appositive")
        << "John Barlow, the Conservative agriculture critic, said the deal was weak." << "John Barlow//*";
    QTest::newRow("s20 twin: a film critic holds no office")
        << "Film critic John Barlow said the movie was weak." << "";
    QTest::newRow("s20 twin: a vocal critic of the government holds no office")
        << "John Barlow, a vocal critic of the government, said the deal was weak." << "";
    QTest::newRow("s20 twin: a party's critic with no field")
        << "Conservative critic John Barlow said the deal was weak." << "";
    // --- session 20, officials13: an adviser to a principal named with a state's name, his title and
    // name, and a field of two parts joined by "and"
    QTest::newRow("s20: the senior adviser to US President B for two regions' affairs")
        << "The envoy met Mark Sallis, the senior adviser to US President Tom Harlan for Gulf and African affairs, on Monday."
        << "Mark Sallis//United States;Tom Harlan//United States";
    QTest::newRow("s20: the special envoy of a state's name and its president, then 'who'")
        << "The premier received Ana Costa, special envoy of Brazil's President Luis Prado for Amazon and climate affairs, who arrived on Monday."
        << "Ana Costa//Brazil;Luis Prado//Brazil";
    QTest::newRow("s20 twin: a friend of US President B holds no office")
        << "The envoy met Mark Sallis, a friend of US President Tom Harlan for many years, on Monday." << "Tom Harlan//United States";
    // --- session 20, officials13: the head of a party's group in a legislature, the chamber after "in"
    QTest::newRow("s20: the head of a party's parliamentary group in a named chamber")
        << "Karim Alaoui, head of the National Rally (RN) parliamentary group in the National Assembly, said the plan failed." << "Karim Alaoui//*";
    QTest::newRow("s20: the head of a party's parliamentary group by its acronym")
        << "Karim Alaoui, head of the RN parliamentary group, said the plan failed." << "Karim Alaoui//*";
    QTest::newRow("s20: the leader of a party's parliamentary group")
        << "Karim Alaoui, leader of the Labour parliamentary group, said the plan failed." << "Karim Alaoui//*";
    QTest::newRow("s20: the chair of a party's parliamentary group in the Senate")
        << "Karim Alaoui, chair of the Green Party parliamentary group in the Senate, said the plan failed." << "Karim Alaoui//*";
    QTest::newRow("s20 twin: the head of a party's book club")
        << "Karim Alaoui, head of the Green Party book club, said the plan failed." << "";
    QTest::newRow("s20 twin: a guest of a party's parliamentary group")
        << "Karim Alaoui, a guest of the National Rally (RN) parliamentary group, said the plan failed." << "";

    // --- session 23, affil16: a royal title is held in a monarchy of that title (lexicon
    // `monarchy`): a king, sultan or emir the text names with no kingdom beside him, whom the
    // fallbacks would place at the outlet's home or the most named state, is of the story's most
    // prominent state that has such a monarch; one whose kingdom is written keeps it
    QTest::newRow("s23: a king named bare in the readout of a republic: the guest's kingdom")
        << "BEIJING - Chinese President Xi Jinping met Spanish Foreign Minister José Manuel Albares on Monday. Xi recalled the state visit of King Felipe VI last year."
        << "Xi Jinping/President/China;José Manuel Albares/Foreign Minister/Spain;Felipe VI/King/Spain";
    QTest::newRow("s23 twin: a king whose kingdom is written beside him")
        << "BEIJING - Chinese President Xi Jinping met Spanish Foreign Minister José Manuel Albares on Monday. Xi recalled the state visit of Dutch King Willem-Alexander last year."
        << "Xi Jinping/President/China;José Manuel Albares/Foreign Minister/Spain;Willem-Alexander/King/Netherlands";
    QTest::newRow("s23: greetings to a bare king, the wire's home a republic")
        << "NEW DELHI - Indian Prime Minister Narendra Modi held talks with Dutch Prime Minister Dick Schoof on Tuesday. Modi asked him to convey his greetings to King Willem-Alexander."
        << "Narendra Modi/Prime Minister/India;Dick Schoof/Prime Minister/Netherlands;Willem-Alexander/King/Netherlands";
    QTest::newRow("s23 twin: greetings to a king of a third kingdom, written")
        << "NEW DELHI - Indian Prime Minister Narendra Modi held talks with Dutch Prime Minister Dick Schoof on Tuesday. Modi also sent his greetings to Bhutan's King Jigme Khesar Namgyel Wangchuck."
        << "Narendra Modi/Prime Minister/India;Dick Schoof/Prime Minister/Netherlands;Jigme Khesar Namgyel Wangchuck/King/Bhutan";
    QTest::newRow("s23: a bare king in a US readout")
        << "WASHINGTON - US Secretary of State Marco Rubio met Norwegian Foreign Minister Espen Barth Eide on Thursday. Rubio said King Harald V would be welcome in Washington."
        << "Marco Rubio/Secretary of State/United States;Espen Barth Eide/Foreign Minister/Norway;Harald V/King/Norway";
    QTest::newRow("s23 twin: a king written with his kingdom in a US readout")
        << "WASHINGTON - US Secretary of State Marco Rubio met Norwegian Foreign Minister Espen Barth Eide on Thursday. Rubio said Swedish King Carl XVI Gustaf would be welcome in Washington."
        << "Marco Rubio/Secretary of State/United States;Espen Barth Eide/Foreign Minister/Norway;Carl XVI Gustaf/King/Sweden";
    QTest::newRow("s23: a bare king sends a message through his prime minister")
        << "PRETORIA - South African President Cyril Ramaphosa met Lesotho Prime Minister Sam Matekane on Friday. Ramaphosa said King Letsie III had sent him a message on water."
        << "Cyril Ramaphosa/President/South Africa;Sam Matekane/Prime Minister/Lesotho;Letsie III/King/Lesotho";
    QTest::newRow("s23 twin: another kingdom's king, written")
        << "PRETORIA - South African President Cyril Ramaphosa met Lesotho Prime Minister Sam Matekane on Friday. Ramaphosa said Eswatini's King Mswati III had sent him a message on water."
        << "Cyril Ramaphosa/President/South Africa;Sam Matekane/Prime Minister/Lesotho;Mswati III/King/Eswatini";
    QTest::newRow("s23: a bare king of the guest, praised by the host")
        << "BEIJING - Chinese Foreign Minister Wang Yi received Cambodian Deputy Prime Minister Prak Sokhonn on Monday. Wang said King Norodom Sihamoni was an old friend of China."
        << "Wang Yi/Foreign Minister/China;Prak Sokhonn/Deputy Prime Minister/Cambodia;Norodom Sihamoni/King/Cambodia";
    QTest::newRow("s23 twin: the home's own king, under the home's dateline")
        << "PHNOM PENH - Cambodian Prime Minister Hun Manet received Chinese Foreign Minister Wang Yi on Monday. Wang later called on King Norodom Sihamoni at the Royal Palace."
        << "Hun Manet/Prime Minister/Cambodia;Wang Yi/Foreign Minister/China;Norodom Sihamoni/King/Cambodia";
    QTest::newRow("s23: a bare king in the readout of a realm that is no kingdom of its own")
        << "WELLINGTON - New Zealand Prime Minister Christopher Luxon met Tongan Prime Minister Aisake Eke on Monday. Luxon said King Tupou VI would open the new wharf."
        << "Christopher Luxon/Prime Minister/New Zealand;Aisake Eke/Prime Minister/Tonga;Tupou VI/King/Tonga";
    QTest::newRow("s23 twin: a royal title of no kingdom in the story stays where the fallback puts him")
        << "WELLINGTON - New Zealand Prime Minister Christopher Luxon met Fijian Prime Minister Sitiveni Rabuka on Monday. Luxon said King Tupou VI would open the new wharf."
        << "Christopher Luxon/Prime Minister/New Zealand;Sitiveni Rabuka/Prime Minister/Fiji;Tupou VI/King/*";

    // --- session 23, affil16: a possessive or demonym before the first of two coordinated titles
    // is shared by the second ("Guyana's President A and Foreign Minister B"), unless the two
    // are two sides: they hold one office that leads a state ("Prime Minister A and Prime
    // Minister B"), they meet each other ("A and B met"), or their clause calls them two states
    // ("said the two countries would", "between both nations")
    QTest::newRow("s23: 'X's President A and Prime Minister B said the two countries would'")
        << "ST JOHN'S - Guyana's President Irfaan Ali and Prime Minister Gaston Browne said on Thursday that the two countries would build a desalination plant together."
        << "Irfaan Ali/President/Guyana;Gaston Browne/Prime Minister/Antigua and Barbuda";
    QTest::newRow("s23 twin: 'X's President A and Prime Minister B said their government would'")
        << "ST JOHN'S - Guyana's President Irfaan Ali and Prime Minister Mark Phillips said on Thursday that their government would fund a desalination plant in Antigua."
        << "Irfaan Ali/President/Guyana;Mark Phillips/Prime Minister/Guyana";
    QTest::newRow("s23: 'X's Prime Minister A and Prime Minister B': one office that leads a state, twice")
        << "CASTRIES - Grenada's Prime Minister Dickon Mitchell and Prime Minister Philip Pierre spoke to reporters on Monday about the regional airline."
        << "Dickon Mitchell/Prime Minister/Grenada;Philip Pierre/Prime Minister/Saint Lucia";
    QTest::newRow("s23 twin: 'X's Prime Minister A and Foreign Minister B'")
        << "CASTRIES - Grenada's Prime Minister Dickon Mitchell and Foreign Minister Joseph Andall spoke to reporters on Monday about the regional airline."
        << "Dickon Mitchell/Prime Minister/Grenada;Joseph Andall/Foreign Minister/Grenada";
    QTest::newRow("s23: 'X's President A and Prime Minister B met': the pair meets itself")
        << "MASERU - Botswana's President Duma Boko and Prime Minister Sam Matekane met on Tuesday to discuss water transfers."
        << "Duma Boko/President/Botswana;Sam Matekane/Prime Minister/Lesotho";
    QTest::newRow("s23 twin: 'X's President A and Foreign Minister B arrived'")
        << "MASERU - Botswana's President Duma Boko and Foreign Minister Phenyo Butale arrived on Tuesday to discuss water transfers."
        << "Duma Boko/President/Botswana;Phenyo Butale/Foreign Minister/Botswana";
    QTest::newRow("s23: a demonym shared over 'Prime Minister B' who signs an agreement between both nations")
        << "ROSEAU - Barbadian Prime Minister Mia Mottley and Prime Minister Roosevelt Skerrit on Monday signed a ferry agreement between both nations."
        << "Mia Mottley/Prime Minister/Barbados;Roosevelt Skerrit/Prime Minister/Dominica";
    QTest::newRow("s23 twin: a demonym shared over the foreign minister who signs with her")
        << "ROSEAU - Barbadian Prime Minister Mia Mottley and Foreign Minister Kerrie Symmonds on Monday signed a ferry agreement in Roseau."
        << "Mia Mottley/Prime Minister/Barbados;Kerrie Symmonds/Foreign Minister/Barbados";
    QTest::newRow("s23: 'X's President A and Vice President B held talks'")
        << "LILONGWE - Zambia's President Hakainde Hichilema and Vice President Jane Ansah held talks at Kamuzu Palace on Friday."
        << "Hakainde Hichilema/President/Zambia;Jane Ansah/Vice President/Malawi";
    QTest::newRow("s23 twin: 'X's President A and Vice President B were received'")
        << "LILONGWE - Zambia's President Hakainde Hichilema and Vice President Mutale Nalumango were received at Kamuzu Palace on Friday."
        << "Hakainde Hichilema/President/Zambia;Mutale Nalumango/Vice President/Zambia";
    QTest::newRow("s23: 'the two nations' told in the next clause of the pair's sentence")
        << "APIA - Tongan Prime Minister Aisake Eke and Prime Minister La'auli Leuatea Schmidt agreed on Friday that the two nations would share a coastguard vessel."
        << "Aisake Eke/Prime Minister/Tonga;La'auli Leuatea Schmidt/Prime Minister/Samoa";
    QTest::newRow("s23 twin: 'the nation' of one side")
        << "APIA - Tongan Prime Minister Aisake Eke and Deputy Prime Minister Taniela Fusimalohi agreed on Friday that the nation would buy a coastguard vessel."
        << "Aisake Eke/Prime Minister/Tonga;Taniela Fusimalohi/Deputy Prime Minister/Tonga";
    // --- session 27, names27: names and titles read whole. A nickname in quotes between a given
    // name and the surname is no end of the name (twin: before a verb, it ends it); a one-word
    // state or place that ends a name in an appositive the comma closes is the surname (twin: the
    // same state after "in"); a portfolio's fields listed with commas whose last field goes on
    // past a known field word, or ends on one the lexicon now knows ("Management"), are no name
    // (twin: known fields only); a title's comma in a headline opens a second clause, not a name,
    // unless the body writes it again (twin: the body does)
    QTest::newRow("s27 names27: 'President A \"Nick\" B C': the nickname is no end of the name")
        << "MANILA - On Tuesday, Philippine President Rodrigo \"Digong\" Alvarez Santos met Japanese Defense Minister Kenta Mori at the palace."
        << "Rodrigo Alvarez Santos/President/Philippines;Kenta Mori/Defense Minister/Japan";
    QTest::newRow("s27 names27: curly quotes around the nickname")
        << "MANILA - On Tuesday, Philippine President Rodrigo \u201CDigong\u201D Santos met Japanese Defense Minister Kenta Mori at the palace."
        << "Rodrigo Santos/President/Philippines;Kenta Mori/Defense Minister/Japan";
    QTest::newRow("s27 names27 twin: 'President A \"Nick\" met': no name word after the quote")
        << "MANILA - On Tuesday, Philippine President Rodrigo \"Digong\" met Japanese Defense Minister Kenta Mori at the palace."
        << "Rodrigo/President/Philippines;Kenta Mori/Defense Minister/Japan";
    QTest::newRow("s27 names27: 'the Foreign Minister of X, A B Chad,': the state is the surname")
        << "ACCRA - The Foreign Minister of Ghana, Kwame Osei Chad, held talks with Guinean Foreign Minister Amara Diallo on Monday."
        << "Kwame Osei Chad/Foreign Minister/Ghana;Amara Diallo/Foreign Minister/Guinea";
    QTest::newRow("s27 names27 twin: 'A B, held talks in Chad': the state")
        << "ACCRA - The Foreign Minister of Ghana, Kwame Osei, held talks in Chad with Guinean Foreign Minister Amara Diallo on Monday."
        << "Kwame Osei/Foreign Minister/Ghana;Amara Diallo/Foreign Minister/Guinea";
    QTest::newRow("s27 names27: 'Minister of X, Y and Employment Creation, A B C,': no person 'Creation'")
        << "WINDHOEK - The Minister of Fisheries, Marine Resources and Employment Creation, Tomas Nghidi Shilongo, met Angolan Trade Minister Rui Miguel on Monday."
        << "Tomas Nghidi Shilongo/Minister/Namibia;Rui Miguel/Trade Minister/Angola";
    QTest::newRow("s27 names27: 'Minister of Labour, Industrial Relations and Employment Creation, A B C,'")
        << "WINDHOEK - The Minister of Labour, Industrial Relations and Employment Creation, Tomas Nghidi Shilongo, met Angolan Trade Minister Rui Miguel on Monday."
        << "Tomas Nghidi Shilongo/Minister/Namibia;Rui Miguel/Trade Minister/Angola";
    QTest::newRow("s27 names27 twin: known fields only")
        << "WINDHOEK - The Minister of Fisheries, Marine Resources and Employment, Tomas Nghidi Shilongo, met Angolan Trade Minister Rui Miguel on Monday."
        << "Tomas Nghidi Shilongo/Minister/Namibia;Rui Miguel/Trade Minister/Angola";
    QTest::newRow("s27 names27: 'Commissioner for X, Preparedness and Crisis Management A B': no person 'Preparedness'")
        << "BRUSSELS - Ghanaian President John Mahama met European Commissioner for Equality, Preparedness and Crisis Management Karin Holst on Tuesday."
        << "John Mahama/President/Ghana;Karin Holst/Commissioner/-";
    QTest::newRow("s27 names27 twin: 'Commissioner for X A B'")
        << "BRUSSELS - Ghanaian President John Mahama met European Commissioner for Climate Karin Holst on Tuesday."
        << "John Mahama/President/Ghana;Karin Holst/Commissioner/-";
    QTest::newRow("s27 names27: headline 'A Receives B's Envoy, Seeks Inquiry': no envoy 'Seeks Inquiry'")
        << "Border Clash: Mahama Receives Ouattara's Envoy, Seeks Inquiry\n\nACCRA, March 3 - President John Mahama on Monday received Ivorian Foreign Minister Kacou Houadja Leon Adom in Accra and called for an inquiry into the clash."
        << "John Mahama/President/Ghana;Kacou Houadja Leon Adom/Foreign Minister/Ivory Coast;Ouattara/President/Ivory Coast";
    QTest::newRow("s27 names27 twin: headline 'B's Envoy, C D' that the body names")
        << "Border Clash: Mahama Receives Ouattara's Envoy, Leon Adom\n\nACCRA, March 3 - President John Mahama on Monday received the envoy, Ivorian Foreign Minister Kacou Leon Adom, in Accra."
        << "John Mahama/President/Ghana;Kacou Leon Adom/Foreign Minister/Ivory Coast;Ouattara/President/Ivory Coast";
    // --- session 27, names27: private callings. A head of a union or a company named by its
    // possessive ("the union's secretary general, A") is no official, as "union secretary general
    // A" is not (twin: a ministry's); an office's noun in lower case after an acronym no dictionary
    // holds ("RAI director A") heads a body of no known state (twin: an agency's "head")
    QTest::newRow("s27 names27: 'the union's secretary general, A B,': no official")
        << "PANAMA CITY - The union's secretary general, Carlos Ortega, said the workers would strike. President Jose Mulino met Colombian President Gustavo Petro."
        << "Jose Mulino/President/Panama;Gustavo Petro/President/Colombia";
    QTest::newRow("s27 names27: 'the company's director, A B,': no official")
        << "AMSTERDAM - The company's director, Pieter de Boer, told the newspaper. Dutch Prime Minister Dick Schoof met Chinese Premier Li Qiang."
        << "Dick Schoof/Prime Minister/Netherlands;Li Qiang/Premier/China";
    QTest::newRow("s27 names27 twin: 'the ministry's director, A B,'")
        << "AMSTERDAM - The ministry's director, Pieter de Boer, told the newspaper. Dutch Prime Minister Dick Schoof met Chinese Premier Li Qiang."
        << "Pieter de Boer/Director/Netherlands;Dick Schoof/Prime Minister/Netherlands;Li Qiang/Premier/China";
    QTest::newRow("s27 names27: 'NATWU secretary general A B': no official")
        << "WINDHOEK - NATWU secretary general Petrus Nangolo told this agency the workers would strike. President Netumbo Nandi-Ndaitwah met Botswana President Duma Boko."
        << "Netumbo Nandi-Ndaitwah/President/Namibia;Duma Boko/President/Botswana";
    QTest::newRow("s27 names27: 'RAI director A B': no official")
        << "AMSTERDAM - \"We are crushed,\" RAI director Pieter de Boer told the newspaper. Dutch Prime Minister Dick Schoof met Chinese Premier Li Qiang."
        << "Dick Schoof/Prime Minister/Netherlands;Li Qiang/Premier/China";
    QTest::newRow("s27 names27 twin: 'BNPTB head A B': an agency's head")
        << "JAKARTA - BNPTB head Budi Santoso told reporters. Indonesian President Prabowo Subianto met Australian Prime Minister Anthony Albanese."
        << "Budi Santoso/Head/Indonesia;Prabowo Subianto/President/Indonesia;Anthony Albanese/Prime Minister/Australia";
    // --- session 27, names27: a body's plural head ("Associations", "Unions") ends its name as the
    // singular does; the words before it name no one (twin: a ministry's official by name)
    QTest::newRow("s27 names27: 'an official of the X Cooperative Associations said': no person")
        << "TOKYO - An official of the Aomori Federation of Farming Cooperative Associations said the group had asked for a meeting. Prime Minister Sanae Takaichi met Singaporean Foreign Minister Vivian Balakrishnan."
        << "Sanae Takaichi/Prime Minister/Japan;Vivian Balakrishnan/Foreign Minister/Singapore";
    QTest::newRow("s27 names27: 'an official of the X Farmers Unions said': no person")
        << "TOKYO - An official of the Aomori Farmers Unions said the group had asked for a meeting. Prime Minister Sanae Takaichi met Singaporean Foreign Minister Vivian Balakrishnan."
        << "Sanae Takaichi/Prime Minister/Japan;Vivian Balakrishnan/Foreign Minister/Singapore";
    QTest::newRow("s27 names27 twin: 'an official of the Agriculture Ministry, A B,'")
        << "TOKYO - An official of the Agriculture Ministry, Kenji Sato, said the ministry had asked for a meeting. Prime Minister Sanae Takaichi met Singaporean Foreign Minister Vivian Balakrishnan."
        << "Kenji Sato/Official/Japan;Sanae Takaichi/Prime Minister/Japan;Vivian Balakrishnan/Foreign Minister/Singapore";
    // --- session 27, names27: an office's field read to its end. A region of two joined by "and"
    // before a two-word name ("Governor of X and Y A B"; twin: one word); a field a lower-case
    // noun of fields closes may take "and" and more such fields ("on the X issue and water
    // matters"; twin: without them), and closes a field after "for" ("Adviser for X affairs A B");
    // a state's mission and its city before the comma and the name ("of the US embassy in Dhaka,
    // A B"); a plural office's list of names after a dash (twin: after a comma)
    QTest::newRow("s27 names27: 'Governor of X and Y-Z A B'")
        << "TEHRAN - Interior Minister Eskandar Momeni met with Governor of Kohgiluyeh and Boyer-Ahmad Reza Karimi in Yasuj on Monday."
        << "Eskandar Momeni/Interior Minister/Iran;Reza Karimi/Governor of Kohgiluyeh and Boyer-Ahmad/Iran";
    QTest::newRow("s27 names27 twin: 'Governor of X A B'")
        << "TEHRAN - Interior Minister Eskandar Momeni met with Governor of Sistan Reza Karimi in Zahedan on Monday."
        << "Eskandar Momeni/Interior Minister/Iran;Reza Karimi/Governor of Sistan/Iran";
    QTest::newRow("s27 names27: 'Special envoy on the X issue and water matters A B'")
        << "DHAKA - Special envoy on the Teesta issue and water matters Karim Uddin met Indian Foreign Secretary Vikram Misri on Monday."
        << "Karim Uddin/Special Envoy on the Teesta Issue and Water Matters/Bangladesh;Vikram Misri/Foreign Secretary/India";
    QTest::newRow("s27 names27 twin: 'Special envoy on the X issue A B'")
        << "DHAKA - Special envoy on the Teesta issue Karim Uddin met Indian Foreign Secretary Vikram Misri on Monday."
        << "Karim Uddin/Special Envoy on the Teesta Issue/Bangladesh;Vikram Misri/Foreign Secretary/India";
    QTest::newRow("s27 names27: 'Adviser for X affairs A B'")
        << "DHAKA - Adviser for Rohingya affairs Nasreen Haque met Indian Foreign Secretary Vikram Misri on Monday."
        << "Nasreen Haque/Adviser/Bangladesh;Vikram Misri/Foreign Secretary/India";
    QTest::newRow("s27 names27: 'the chargé d'affaires of the US embassy in Dhaka, A B C,'")
        << "DHAKA - Foreign adviser Md Touhid Hossain met with the chargé d'affaires of the US embassy in Dhaka, Helen Marie Baker, on Monday."
        << "Md Touhid Hossain/Adviser/Bangladesh;Helen Marie Baker/Chargé d'Affaires/United States";
    QTest::newRow("s27 names27: 'the chargé d'affaires of the X High Commission in Dhaka, A B C,'")
        << "DHAKA - Foreign adviser Md Touhid Hossain met with the chargé d'affaires of the Canadian High Commission in Dhaka, Helen Marie Baker, on Monday."
        << "Md Touhid Hossain/Adviser/Bangladesh;Helen Marie Baker/Chargé d'Affaires/Canada";
    QTest::newRow("s27 names27 twin: 'the head of Turkish intelligence, A B,': the agency's office")
        << "ANKARA - Foreign Minister Hakan Fidan was accompanied by the head of Turkish intelligence, Ibrahim Kalin, in Tripoli."
        << "Hakan Fidan/Foreign Minister/Turkey;Ibrahim Kalin/Intelligence Chief/Turkey";
    QTest::newRow("s27 names27: 'the trade ministers of X, Y and Z - A, B and C -'")
        << "BISHKEK - On the sidelines, the trade ministers of Armenia, Georgia and Moldova - Karen Sargsyan, Levan Davitashvili and Dorin Popa - held a trilateral meeting."
        << "Karen Sargsyan/Trade Minister/Armenia;Levan Davitashvili/Trade Minister/Georgia;Dorin Popa/Trade Minister/Moldova";
    QTest::newRow("s27 names27 twin: 'the trade ministers of X, Y and Z, A, B and C,'")
        << "BISHKEK - On the sidelines, the trade ministers of Armenia, Georgia and Moldova, Karen Sargsyan, Levan Davitashvili and Dorin Popa, held a trilateral meeting."
        << "Karen Sargsyan/Trade Minister/Armenia;Levan Davitashvili/Trade Minister/Georgia;Dorin Popa/Trade Minister/Moldova";
    QTest::newRow("s27 names27 twin: 'the trade ministers of X, Y and Z - who met in W -': no names")
        << "BISHKEK - On the sidelines, the trade ministers of Armenia, Georgia and Moldova - who met in Yerevan - held a trilateral meeting."
        << "";
    // --- session 27, names27: a headline's verb right after a title ("Energy Minister Seeks ...")
    // names no one that the body never names (twin: a byline line in sentence case); a state's
    // name inside an appositive's name, before its last word and the comma, is part of it (twin:
    // a list of states)
    QTest::newRow("s27 names27: headline 'Energy Minister Seeks Polish Assurance': no minister 'Seeks'")
        << "Energy Minister Seeks Polish Assurance on Nuclear Project\n\nPRAGUE - Czech Energy Minister Karel Novak met Polish Climate Minister Anna Nowak in Warsaw on Monday."
        << "Karel Novak/Energy Minister/Czech Republic;Anna Nowak/Minister/Poland";
    QTest::newRow("s27 names27 twin: a byline 'attributable to Deputy Spokesperson A B:' in sentence case")
        << "The below is attributable to Deputy Spokesperson Tom Baker:\n\nSecretary Marco Rubio met Indonesian Foreign Minister Sugiono in Washington on Monday."
        << "Tom Baker/Deputy Spokesperson/United States;Marco Rubio/Secretary/United States;Sugiono/Foreign Minister/Indonesia";
    QTest::newRow("s27 names27: 'The foreign minister, A Portugal B,': the state inside the name")
        << "LISBON - The foreign minister, Pedro Portugal Gaspar, met Spanish Prime Minister Pedro Sanchez on Monday."
        << "Pedro Portugal Gaspar/Foreign Minister/Portugal;Pedro Sanchez/Prime Minister/Spain";
    QTest::newRow("s27 names27: 'principal coordinator for X affairs A B'")
        << "DHAKA - Principal coordinator for SDG affairs Nasreen Haque met Indian Foreign Secretary Vikram Misri on Monday."
        << "Nasreen Haque/Principal Coordinator/Bangladesh;Vikram Misri/Foreign Secretary/India";
    QTest::newRow("s27 names27 twin: 'Programme coordinator A B': no office")
        << "DHAKA - Programme coordinator Nasreen Haque met Indian Foreign Secretary Vikram Misri on Monday."
        << "Vikram Misri/Foreign Secretary/India";
    QTest::newRow("s27 names27 twin: 'visited Angola, Mozambique and Chad,'")
        << "LISBON - Foreign Minister Paulo Rangel visited Angola, Mozambique and Chad, and met Spanish Prime Minister Pedro Sanchez on Monday."
        << "Paulo Rangel/Foreign Minister/Portugal;Pedro Sanchez/Prime Minister/Spain";

    // --- session 27, fallback27: a bare title who meets an official of the state the story is
    // told from and in (the outlet's home, or a dateline its own agency files from) is of that
    // state too: the outlet writes the state of the foreigners it names. Twins: the home's
    // people abroad (the lead's meeting is in a city of the other state), and a dateline filed
    // by another state's agency, whose bare titles are the guests.
    QTest::newRow("s27 fallback27: a bare minister meets the home's president at home")
        << "President William Ruto received Ugandan Foreign Minister Jeje Odongo at State House in Nairobi on Monday. On Tuesday, Ruto met with Interior Minister Kipchumba Murkomen to discuss border security."
        << "William Ruto/President/Kenya;Jeje Odongo/Foreign Minister/Uganda;Kipchumba Murkomen/Interior Minister/Kenya";
    QTest::newRow("s27 fallback27 twin: the home's president abroad meets a bare minister there")
        << "President William Ruto held talks with Ugandan President Yoweri Museveni at State House in Entebbe on Monday. On Tuesday, Ruto met with Interior Minister Kania Obiga to discuss border security."
        << "William Ruto/President/Kenya;Yoweri Museveni/President/Uganda;Kania Obiga/Interior Minister/Uganda";
    QTest::newRow("s27 fallback27 twin: the sentence writes the home's state on the host: the bare one is the guest")
        << "President William Ruto received Ugandan President Yoweri Museveni at State House in Nairobi on Monday. On Tuesday, Interior Minister Kania Obiga was received by Kenyan Interior Minister Kipchumba Murkomen."
        << "William Ruto/President/Kenya;Yoweri Museveni/President/Uganda;Kania Obiga/Interior Minister/Uganda;Kipchumba Murkomen/Interior Minister/Kenya";
    QTest::newRow("s27 fallback27: the dateline of the home's own agency")
        << "Addis Ababa, March 3, 2026 (ENA) - Prime Minister Abiy Ahmed received Tanzanian Foreign Minister Mahmoud Thabit Kombo at the National Palace on Monday. Later in the day, Abiy held talks with Finance Minister Ahmed Shide on the budget."
        << "Abiy Ahmed/Prime Minister/Ethiopia;Mahmoud Thabit Kombo/Foreign Minister/Tanzania;Ahmed Shide/Finance Minister/Ethiopia";
    QTest::newRow("s27 fallback27 twin: the dateline of the guest's agency")
        << "Addis Ababa, March 3, 2026 (KBC) - Prime Minister Abiy Ahmed received Kenyan Foreign Minister Musalia Mudavadi at the National Palace on Monday. Later in the day, Abiy held talks with Trade Minister Lee Kinyanjui on the budget."
        << "Abiy Ahmed/Prime Minister/Ethiopia;Musalia Mudavadi/Foreign Minister/Kenya;Lee Kinyanjui/Trade Minister/Kenya";

    // --- session 27, fallback27: one who "also took part" in (sits in on) a meeting of two
    // states told in his sentence or the two before sits on the host's side, the state of the
    // city it is told in ("in Guatemala City", "a visit to Santiago"), not at the outlet's home.
    // Twin: one who travelled with the guest. "A, a former ambassador, held talks with his
    // Chilean counterpart B": A, named in the sentence by a name alone, is whose counterpart B
    // is (not the one the last sentence named, who would be ruled out of Chile).
    QTest::newRow("s27 fallback27: sitting in on a meeting told in the host's city")
        << "Prime Minister Mark Carney said on Friday that trade with Central America would grow. On Monday, Guatemalan Interior Minister Carla Benitez held talks with Canadian Ambassador Graeme Clark in Guatemala City. Defence Minister Henry Saenz also took part, the ministry said."
        << "Mark Carney/Prime Minister/Canada;Carla Benitez/Interior Minister/Guatemala;Graeme Clark/Ambassador/Canada;Henry Saenz/Defence Minister/Guatemala";
    QTest::newRow("s27 fallback27 twin: one who travelled with the guest takes part")
        << "Prime Minister Mark Carney said on Friday that trade with Central America would grow. On Monday, Canadian Trade Minister Maninder Sidhu held talks with Guatemalan Interior Minister Carla Benitez in Guatemala City. Deputy Minister Rob Stewart, who travelled with him, also took part, the ministry said."
        << "Mark Carney/Prime Minister/Canada;Maninder Sidhu/Trade Minister/Canada;Carla Benitez/Interior Minister/Guatemala;Rob Stewart/Deputy Minister/Canada";
    QTest::newRow("s27 fallback27: attending a reception told two sentences before, then a name's counterpart")
        << "Peruvian Foreign Minister Elmer Schialer was received by Chilean President Gabriel Boric on Monday at the end of a visit to Santiago. The meeting at La Moneda lasted an hour, according to Peru's foreign ministry. The director of the presidential cabinet, Carlos Montes, also attended. Schialer, a former ambassador, later held talks with his Chilean counterpart, Alberto van Klaveren. Peru and Peru's partners listened."
        << "Elmer Schialer/Foreign Minister/Peru;Gabriel Boric/President/Chile;Carlos Montes/Director/Chile;Alberto van Klaveren/Foreign Minister/Chile";
    // (", Kenyan officials said": the state of the report's source is no side of the meeting)
    QTest::newRow("s27 fallback27: the state of the source a report is told by is no other side")
        << "Kenya's Interior Minister Kipchumba Murkomen was received by Ugandan President Yoweri Museveni on Tuesday at the end of a two-day visit to Kampala. Murkomen had on Monday held talks with his Ugandan counterpart, Kania Obiga. The Ugandan minister also raised the border issue. On Monday evening the visiting minister was hosted for a working dinner by Prime Minister Robinah Nabbanja, Kenyan officials said."
        << "Kipchumba Murkomen/Interior Minister/Kenya;Yoweri Museveni/President/Uganda;Kania Obiga/Interior Minister/Uganda;Robinah Nabbanja/Prime Minister/Uganda";
    // (a meeting with an official of a body the city seats has no host there: the bare
    // minister who travels to Brussels is not Belgian; twin: a city that seats none)
    QTest::newRow("s27 fallback27: talks in Brussels with the EU's commissioner: no host")
        << "Business minister Morten Bodskov held a video call with Chinese commerce minister Wang Wentao on Monday over chip exports to Denmark. On Tuesday Bodskov travelled to Brussels for talks with EU trade commissioner Maros Sefcovic and French trade minister Nicolas Forissier, the ministry said. Denmark wants a deal soon."
        << "Morten Bodskov//Denmark;Wang Wentao//China;Maros Sefcovic//-;Nicolas Forissier//France";
    QTest::newRow("s27 fallback27 twin: a guest received in the home's city")
        << "Business minister Morten Bodskov held a video call with Chinese commerce minister Wang Wentao on Monday over chip exports to Denmark. On Tuesday Bodskov received French trade minister Nicolas Forissier in Copenhagen, the ministry said. Denmark wants a deal soon."
        << "Morten Bodskov//Denmark;Wang Wentao//China;Nicolas Forissier//France";
    // (with no other home to tell, the byline's outlet above the body is at home in its state,
    // when the story names it; twin: a byline of a state the story does not name)
    QTest::newRow("s27 fallback27: the byline's outlet tells the home of a bare spokesperson")
        << "Coast guard ships clash near the shoal\nBy Ana Reyes, Philippine News Agency\nThe Philippines protested after a China Coast Guard ship fired a water cannon at a patrol boat. According to coast guard spokesperson Commodore Rafael Dizon, the boat was hit for ten minutes. China Coast Guard spokesperson Liu Jian said China acted lawfully, and China summoned the envoy."
        << "Rafael Dizon//Philippines;Liu Jian//China";
    QTest::newRow("s27 fallback27 twin: a byline of a state the story does not name")
        << "Beijing protests patrol near the shoal\nBy Ana Reyes, Kyodo News\nChina protested after a Philippine patrol boat entered waters near the shoal. Foreign ministry spokesperson Lin Wei said China acted lawfully, and China summoned the Philippine envoy."
        << "Lin Wei//China";
    // (an office of no body of its own, "Refugee commissioner", met "in" a town the lexicon
    // lists is of that town's state, as in its "where" clause; twin: a city that seats bodies)
    QTest::newRow("s27 fallback27: a bare commissioner met at his office in a listed town")
        << "Bangladesh appealed for funds for the camps on Monday. Refugee commissioner Abdul Karim met Korean ambassador Park Young-sik at his office in Cox's Bazar on Wednesday."
        << "Abdul Karim/Commissioner/Bangladesh;Park Young-sik/Ambassador/South Korea";
    QTest::newRow("s27 fallback27 twin: a bare commissioner met in Geneva")
        << "Bangladesh appealed for funds for the camps on Monday. Refugee commissioner Abdul Karim met Korean ambassador Park Young-sik at his office in Geneva on Wednesday."
        << "Abdul Karim/Commissioner/-;Park Young-sik/Ambassador/South Korea";

    // --- session 29, home29: the state of bare-titled officials when no cue of the sentence
    // gives one. (A state in free association that news treats as a state, with its own prime
    // minister; twin: the same state only as a topic of a foreign story)
    QTest::newRow("s29 home29: the Cook Islands are a state of their own")
        << "Households on Rarotonga will pay more for power. Prime Minister Marama Tane met New Zealand Foreign Minister Wiremu Hale in Auckland on Monday about the Cook Islands' ties with China. Tane later briefed Leader of the Opposition Tere Moana in Avarua. China and China's partners listened; China agreed."
        << "Marama Tane//Cook Islands;Wiremu Hale//New Zealand;Tere Moana//Cook Islands";
    QTest::newRow("s29 home29 twin: the Cook Islands only as a topic")
        << "New Zealand Foreign Minister Wiremu Hale met Fiji Prime Minister Marama Tane in Suva on Monday to discuss the Cook Islands' ties with China. China and China's partners listened; China agreed."
        << "Wiremu Hale//New Zealand;Marama Tane//Fiji";
    // (no dateline, no outlet, no dictionary official: the places the body tells things happen
    // in are the story's setting, and a bare title is at home there, though a foreign state is
    // named more; twin: a story set in no place of the local state)
    QTest::newRow("s29 home29: the story's places tell a bare minister's home")
        << "Factories in Maseru shed jobs after the United States ended its trade deal, and the United States will not return. Workers marched in Maseru on Monday, and traders in Maseru closed their shops. The United States did not reply. Lesotho exports fell. Labour Minister Thabo Lekhanya said the jobs would come back."
        << "Thabo Lekhanya//Lesotho";
    QTest::newRow("s29 home29 twin: no place of the story")
        << "Factories shed jobs after the United States ended its trade deal, and the United States will not return. Workers marched on Monday, and traders closed their shops. The United States did not reply. Lesotho exports fell. Labour Minister Thabo Lekhanya said the jobs would come back."
        << "Thabo Lekhanya//United States";
    // (a bare title who meets a bare official of the story's state, its dateline's or the one
    // it names most, is at home too, as with the outlet's home: the text writes the state of
    // its foreigners; twin: the sentence writes that state, and the bare one is the guest)
    QTest::newRow("s29 home29: the story's leader receives a bare minister at home")
        << "Tunisia's olive farmers face losses, and Tunisia's mills are full. Tunisia exports oil to Italy. President Kais Saied received Agriculture Minister Amira Ben Salah at Carthage Palace on Monday."
        << "Kais Saied//Tunisia;Amira Ben Salah//Tunisia";
    QTest::newRow("s29 home29 twin: the sentence writes the leader's state")
        << "Tunisia's olive farmers face losses, and Tunisia's mills are full. Tunisia exports oil to Italy. Tunisia's President Kais Saied received Agriculture Minister Amira Ben Salah at Carthage Palace on Monday."
        << "Kais Saied//Tunisia;Amira Ben Salah//Italy";
    QTest::newRow("s29 home29: a dateline's leader meets a bare deputy")
        << "Ashgabat, 18 February 2026\n\nTurkmen textile exports rose by 14 percent, most of them to Turkey. Turkish buyers signed new contracts, and Turkey will buy more. On 17 February, President Serdar Berdimuhamedov held a working meeting with Deputy Chairman of the Cabinet of Ministers Hojamyrat Geldiyev, who reported on the textile industry."
        << "Serdar Berdimuhamedov//Turkmenistan;Hojamyrat Geldiyev//Turkmenistan";
    QTest::newRow("s29 home29 twin: a dateline's agency of another state")
        << "Ashgabat, 18 February 2026 (Anadolu)\n\nTurkmen textile exports rose by 14 percent, most of them to Turkey. Turkish buyers signed new contracts, and Turkey will buy more. On 17 February, President Serdar Berdimuhamedov held a working meeting with Deputy Chairman of the Cabinet of Ministers Hojamyrat Geldiyev, who reported on the textile industry."
        << "Serdar Berdimuhamedov//Turkmenistan;Hojamyrat Geldiyev//Turkey";
    // (at the outlet's home too: one who meets the home's holder of his own office is of another
    // state, a state having one president; twin: another office, at home)
    QTest::newRow("s29 home29: two presidents who meet are two states")
        << "Rwanda and Burundi agreed to reopen the border. Traders in Kigali welcomed the news, and markets in Kigali reopened. Burundi will send a team, Burundi said. In February, President Paul Kagame and President Evariste Ndikumana met briefly on Monday."
        << "Paul Kagame//Rwanda;Evariste Ndikumana//Burundi";
    QTest::newRow("s29 home29 twin: a president and a bare minister at home")
        << "Rwanda and Burundi agreed to reopen the border. Traders in Kigali welcomed the news, and markets in Kigali reopened. Burundi will send a team, Burundi said. In February, President Paul Kagame and Trade Minister Evariste Ndikumana met briefly in Kigali."
        << "Paul Kagame//Rwanda;Evariste Ndikumana//Rwanda";
}

void TestOfficials::officials()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const DocumentExtraction x = m_extractor->extract(makeDocument(text));

    QStringList want;
    for (const QString& e : expected.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        want << e.section(QLatin1Char('/'), 0, 0);
    QStringList got;
    for (const ExtractedOfficial& o : x.officials)
        got << o.name;
    want.sort();
    got.sort();
    QCOMPARE(got, want);

    for (const QString& e : expected.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList f = e.split(QLatin1Char('/'));
        QCOMPARE(f.size(), 3);
        const auto it = std::find_if(x.officials.begin(), x.officials.end(),
                                     [&](const ExtractedOfficial& o) { return o.name == f[0]; });
        QVERIFY(it != x.officials.end());
        if (f[1] == QLatin1String("!"))
            QVERIFY2(it->title.isEmpty(), qPrintable(f[0] + QStringLiteral(": title '") + it->title + QLatin1Char('\'')));
        else if (!f[1].isEmpty())
            QVERIFY2(it->title.compare(f[1], Qt::CaseInsensitive) == 0,
                     qPrintable(f[0] + QStringLiteral(": title '") + it->title + QLatin1Char('\'')));
        if (f[2] != QLatin1String("*"))
            QCOMPARE(stateName(x, it->state), f[2]);
    }
}

// session 15, officials: which capitals name a state of the story. A capital someone travels
// to, a later item of a list of places and a language community name no state; the twins,
// where the capital acts, do.
void TestOfficials::statesOfTheStory_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("states");
    QTest::newRow("a capital one travels to is a destination")
        << "Norwegian Foreign Minister Lars Dahl is due to travel to Madrid later this week." << "Norway";
    QTest::newRow("a capital one leaves something for is a destination")
        << "Norwegian Foreign Minister Lars Dahl will leave the country for Lisbon on Monday." << "Norway";
    QTest::newRow("twin: a capital that acts is its state")
        << "Norwegian Foreign Minister Lars Dahl said Madrid had rejected the plan." << "Norway;Spain";
    QTest::newRow("later items of a list of places are places")
        << "The Canadian exhibition toured galleries in Vienna in May, Oslo in June and Rome in July." << "Canada";
    QTest::newRow("twin: a capital after the list that speaks is its state")
        << "The Canadian exhibition toured galleries in Vienna in May, and Oslo said in June that it would host it."
        << "Canada;Norway";
    QTest::newRow("twin: a capital that a trip draws criticism from acts")
        << "Hungarian Foreign Minister Peter Szabo's trip drew sharp criticism from Vienna." << "Austria;Hungary";
    QTest::newRow("a language community is no state")
        << "Slovenian President Ana Novak praised the German-speaking community." << "Slovenia";
    QTest::newRow("twin: a community of a state's people")
        << "Slovenian President Ana Novak praised the German community." << "Germany;Slovenia";
    // session 16, affiliation: a city or a state inside another name
    QTest::newRow("a city ending another name is no state")
        << "Norwegian Foreign Minister Lars Dahl spoke at King's College London." << "Norway";
    QTest::newRow("twin: the city that acts")
        << "Norwegian Foreign Minister Lars Dahl said London had rejected the plan." << "Norway;United Kingdom";
    QTest::newRow("a state joined by a hyphen to a word of no state is part of a name")
        << "Norwegian Foreign Minister Lars Dahl addressed the Ibero-America forum." << "Norway";
    QTest::newRow("twin: two states joined by a hyphen")
        << "Norwegian Foreign Minister Lars Dahl praised the Norway-America partnership." << "Norway;United States";
    QTest::newRow("a foreign office of no named state")
        << "According to the Foreign Office, Norwegian Foreign Minister Lars Dahl will attend." << "Norway";
    QTest::newRow("twin: Downing Street is the British government's")
        << "According to Downing Street, Norwegian Foreign Minister Lars Dahl will attend." << "Norway;United Kingdom";
    QTest::newRow("a state's name as the text spells it, an inner 'the' apart")
        << "Norwegian Foreign Minister Lars Dahl flew to the Democratic Republic of Congo." << "Democratic Republic of Congo;Norway";
    QTest::newRow("twin: the gazetteer's name where the text writes it too")
        << "Norwegian Foreign Minister Lars Dahl flew to the Democratic Republic of Congo, the Democratic Republic of the Congo's neighbour said."
        << "Democratic Republic of the Congo;Norway";
    // session 29, home29: the name a state asks to be called by (lexicon `state-own-name`), when
    // the text writes it and never the gazetteer's (readers and scorers compare names); twins:
    // the gazetteer's name written too, and a loose name that is no such name
    QTest::newRow("s29 home29: a state goes by the name it asks for, as the text writes it")
        << "Norwegian Foreign Minister Lars Dahl flew to Côte d'Ivoire, and Côte d'Ivoire welcomed him." << "Côte d'Ivoire;Norway";
    QTest::newRow("s29 home29 twin: the gazetteer's name written too")
        << "Norwegian Foreign Minister Lars Dahl flew to Côte d'Ivoire, and the Ivory Coast welcomed him." << "Ivory Coast;Norway";
    QTest::newRow("s29 home29 twin: a loose name, no name the state asks for")
        << "Norwegian Foreign Minister Lars Dahl flew to Britain, and the UK welcomed him." << "Norway;United Kingdom";

    // session 16, officials2: a seat of international bodies stands for them, a currency and a
    // gulf are named after a state but are none
    QTest::newRow("a seat of international bodies that acts is not its state")
        << "Hungarian Foreign Minister Peter Szabo's trip drew sharp criticism from Brussels." << "Hungary";
    QTest::newRow("twin: its state's own people are named")
        << "Hungarian Foreign Minister Peter Szabo's trip drew sharp criticism from Belgian lawmakers." << "Belgium;Hungary";
    QTest::newRow("a sum in a state's currency names no state")
        << "Estonian Finance Minister Mart Kivi said trade reached 4 billion US dollars last year." << "Estonia";
    QTest::newRow("twin: trade with the state")
        << "Estonian Finance Minister Mart Kivi said trade with the US reached 4 billion euros last year." << "Estonia;United States";
    QTest::newRow("a demonym's currency names no state")
        << "Tanzanian Finance Minister Asha Mori said the Kenyan shilling had weakened." << "Tanzania";
    QTest::newRow("a gulf named after a state is no state")
        << "Ghanaian Defence Minister Kofi Addo spoke about piracy in the Gulf of Guinea." << "Ghana";
    QTest::newRow("twin: the state itself")
        << "Ghanaian Defence Minister Kofi Addo spoke about piracy off Guinea." << "Ghana;Guinea";
    QTest::newRow("a dateline on a line of its own after the headline is no state")
        << "Ghana and Togo sign a pact\n\nLondon, 17 March 2026:\n\nGhanaian Defence Minister Kofi Addo met his Togolese counterpart in Accra." << "Ghana;Togo";
    QTest::newRow("twin: the capital acting in the first sentence after the headline")
        << "Ghana and Togo sign a pact\n\nLondon said on 17 March that Ghanaian Defence Minister Kofi Addo met his Togolese counterpart in Accra." << "Ghana;Togo;United Kingdom";
    QTest::newRow("a capital one is to visit is a destination")
        << "Norwegian Foreign Minister Lars Dahl is expected to visit Madrid and Rome in May." << "Norway";
    QTest::newRow("twin: a capital that visits acts")
        << "Norwegian Foreign Minister Lars Dahl said Madrid would visit the plan again." << "Norway;Spain";
    QTest::newRow("a capital's news bureau is no state")
        << "Kenyan Foreign Minister Ali Omar spoke on Monday. The agency's Cairo bureau contributed to this report." << "Kenya";
    QTest::newRow("twin: the capital that contributes acts")
        << "Kenyan Foreign Minister Ali Omar spoke on Monday. Cairo contributed to the report." << "Egypt;Kenya";
    // session 26, home26: a foreign seat's namesake in an address ("Whitehall, Port of Spain")
    // is no state; twin: the seat in a list of capitals
    QTest::newRow("a seat's namesake before a city of another state is part of an address")
        << "Barbadian Foreign Minister Kerrie Symmonds met Prime Minister Lena Mohan at the Office of the Prime Minister, Whitehall, Port of Spain."
        << "Barbados;Trinidad and Tobago";
    QTest::newRow("twin: a seat in a list with other capitals")
        << "Barbadian Foreign Minister Kerrie Symmonds said Whitehall, Washington and Ottawa had backed the plan."
        << "Barbados;Canada;United Kingdom;United States";
    // session 27, intl27: an ocean named after a people is no state (demonym-thing "ocean");
    // twin: the demonym before an office
    QTest::newRow("an Indian Ocean island names no India")
        << "Seychellois President Paul Morel said the Indian Ocean islands would share patrol boats." << "Seychelles";
    QTest::newRow("twin: an Indian minister names India")
        << "Seychellois President Paul Morel said the Indian minister would share patrol boats." << "India;Seychelles";
    QTest::newRow("a foreign office without its state is any state's")
        << "Pakistani Foreign Minister Ali Khan met the envoys. According to the Foreign Office, the talks went well." << "Pakistan";
    QTest::newRow("twin: the British foreign office")
        << "Pakistani Foreign Minister Ali Khan met the envoys. According to the British Foreign Office, the talks went well."
        << "Pakistan;United Kingdom";
    // session 27, names27: a strait named after a state, before or after "of", is a sea, not the
    // state (twin: the state itself)
    QTest::newRow("s27 names27: 'the Taiwan Strait' is no state")
        << "TOKYO - Prime Minister Sanae Takaichi told the Diet that an emergency in the Taiwan Strait could threaten Japan."
        << "Japan";
    QTest::newRow("s27 names27: 'the Strait of Taiwan' is no state")
        << "TOKYO - Prime Minister Sanae Takaichi said the Strait of Taiwan mattered to Japan." << "Japan";
    QTest::newRow("s27 names27 twin: 'Taiwan' is")
        << "TOKYO - Prime Minister Sanae Takaichi said Taiwan mattered to Japan." << "Japan;Taiwan";
}

void TestOfficials::statesOfTheStory()
{
    QFETCH(QString, text);
    QFETCH(QString, states);
    const DocumentExtraction x = m_extractor->extract(makeDocument(text));
    QCOMPARE(stateNames(x), states);
}

// "Luís Montenegro ... Montenegro said": once a person's surname is a state's name, the word
// standing where a name can is that person, not the state; after "in", "to" it is the state.
void TestOfficials::surnameThatIsAState_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("states");
    QTest::addColumn<int>("mentions");
    QTest::newRow("surname alone later") << "Portuguese Prime Minister Luis Montenegro arrived. Montenegro said Portugal wanted answers."
                                         << "Portugal" << 2;
    QTest::newRow("surname after a possessive state, before the full name") << "Portugal's Montenegro says little\n\nPortuguese Prime Minister Luis Montenegro arrived."
                                         << "Portugal" << 2;
    QTest::newRow("twin: after a word of place it is the state") << "Portuguese Prime Minister Luis Montenegro arrived. The delegation flies to Montenegro on Friday."
                                         << "Montenegro;Portugal" << 1;
    QTest::newRow("twin: nobody of that surname") << "Portuguese Prime Minister Luis Costa arrived. Montenegro said it wanted answers."
                                         << "Montenegro;Portugal" << 1;
}

void TestOfficials::surnameThatIsAState()
{
    QFETCH(QString, text);
    QFETCH(QString, states);
    QFETCH(int, mentions);
    const DocumentExtraction x = m_extractor->extract(makeDocument(text));
    QCOMPARE(stateNames(x), states);
    QCOMPARE(x.officials.size(), std::size_t(1));
    QCOMPARE(int(x.officials.front().mentions.size()), mentions);
}

// One person spelled two ways in two articles has one id (the dictionary's), so the corpus
// graph merges them; two people who share a first name stay two.
void TestOfficials::transliterationsShareAnId_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("same");
    QTest::newRow("Dmitry / Dmitri") << "Belarusian Foreign Minister Dmitry Orlovsky spoke."
                                     << "Belarusian Foreign Minister Dmitri Orlovskiy spoke." << true;
    QTest::newRow("alias / full name") << "Orlovsky spoke on Monday." << "Dmitry Orlovsky spoke on Monday." << true;
    QTest::newRow("twin: another person of the same first name")
        << "Belarusian Foreign Minister Dmitry Orlovsky spoke." << "Belarusian Defense Minister Dmitry Kovalenko spoke." << false;
    QTest::newRow("twin: a name not in the dictionary keeps its own spelling")
        << "Latvian Foreign Minister Andrejs Berzins spoke." << "Latvian Foreign Minister Andrejs Bersins spoke." << false;
}

void TestOfficials::transliterationsShareAnId()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, same);
    const DocumentExtraction a = m_extractor->extract(makeDocument(first, QString(), QStringLiteral("a")));
    const DocumentExtraction b = m_extractor->extract(makeDocument(second, QString(), QStringLiteral("b")));
    QCOMPARE(a.officials.size(), std::size_t(1));
    QCOMPARE(b.officials.size(), std::size_t(1));
    QCOMPARE(a.officials.front().id == b.officials.front().id, same);
}

// The record says when an official's state is inferred rather than stated (the Review queue
// lists those): the article's main state, a title that implies one; a twin where the text
// states it.
void TestOfficials::inferredStatesAreMarked_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("inferred");
    QTest::newRow("the article's main state")
        << "Foreign Minister Mara Velic spoke on Monday. Croatia wants more aid, and Croatia will host the talks."
        << "Mara Velic" << "Croatia" << true;
    QTest::newRow("twin: a demonym states it")
        << "Croatian Foreign Minister Mara Velic spoke on Monday. Croatia wants more aid, and Croatia will host the talks."
        << "Mara Velic" << "Croatia" << false;
    QTest::newRow("a title that implies the state") << "Taoiseach Sean Brennan spoke on Monday."
                                                    << "Sean Brennan" << "Ireland" << true;
    QTest::newRow("twin: the state named with the title") << "Irish Taoiseach Sean Brennan spoke on Monday."
                                                          << "Sean Brennan" << "Ireland" << false;
    QTest::newRow("twin: no state at all") << "Foreign Minister Mara Velic spoke on Monday."
                                          << "Mara Velic" << "-" << false;
}

void TestOfficials::inferredStatesAreMarked()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, state);
    QFETCH(bool, inferred);
    const DocumentExtraction x = m_extractor->extract(makeDocument(text));
    const auto it = std::find_if(x.officials.begin(), x.officials.end(),
                                 [&](const ExtractedOfficial& o) { return o.name == name; });
    QVERIFY(it != x.officials.end());
    QCOMPARE(stateName(x, it->state), state);
    QCOMPARE(it->stateInferred, inferred);
}

QTEST_GUILESS_MAIN(TestOfficials)
#include "tst_officials.moc"
