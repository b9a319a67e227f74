import type { Address, ClientType, Departure } from '../../../shared/model';
import { aum, fixed, none, type Product, type Provider } from './catalog';
import { culture, list, type Culture } from './names';
import { usPhrases } from './phrases';
import type { Region } from './region';
import { weightTable, type Rng } from './rng';

// The US demo firm's tables, as they were before regions existed. Every entry's place and weight
// decides what is drawn, so any change here changes the US book (tests/unit/demo/regions.test.ts pins it).

/** Weighted roughly like the mix of a US city's population, with a long tail of smaller communities. */
const cultures = weightTable<Culture>([
  [
    culture(
      'Emily, Sarah, Jessica, Elizabeth, Margaret, Katherine, Laura, Hannah, Rachel, Megan, Susan, Linda, Barbara, Patricia, Olivia, Abigail, Caroline, Heather, Amy, Diane',
      'James, Michael, Robert, William, David, Thomas, Christopher, Andrew, Matthew, Daniel, Richard, Charles, Benjamin, Ethan, Nathan, George, Gregory, Scott, Kevin, Paul',
      'Smith, Johnson, Miller, Davis, Anderson, Taylor, Thompson, Walker, Harris, Clark, Lewis, Whitfield, Bennett, Foster, Hayes, Coleman, Brooks, Sullivan, Campbell, Parker, Reed, Holloway, Prescott, Caldwell, Morgan, Fletcher',
    ),
    26,
  ],
  [
    culture(
      'María, Sofía, Isabel, Gabriela, Lucía, Valentina, Camila, Ana, Elena, Carmen, Daniela, Rosa, Ximena, Mariana, Adriana, Paola',
      'José, Carlos, Luis, Miguel, Alejandro, Javier, Diego, Mateo, Andrés, Rafael, Jorge, Fernando, Santiago, Emilio, Ricardo, Héctor',
      'Martinez, Garcia, Rodriguez, Hernandez, Lopez, Gonzalez, Ramirez, Torres, Flores, Rivera, Morales, Castillo, Ortiz, Vargas, Mendoza, De La Cruz, Navarro, Reyes, Delgado, Guerrero, Salazar, Aguilar',
    ),
    16,
  ],
  [
    culture(
      'Aaliyah, Imani, Keisha, Jasmine, Tamika, Ebony, Destiny, Nia, Latoya, Brianna, Monique, Tiana',
      'Malik, Jamal, DeShawn, Terrence, Darnell, Andre, Marcus, Jalen, Tyrone, Cedric, Darius, Reginald',
      'Washington, Jefferson, Jackson, Robinson, Booker, Freeman, Banks, Mosley, Gaines, Battle, Dorsey, Holmes, Simmons, Greene',
    ),
    10,
  ],
  [
    culture(
      'Mei, Lin, Xiaoling, Yan, Jing, Hui, Wen, Ying, Qian, Fang, Xiu, Lan',
      'Wei, Jun, Hao, Ming, Lei, Jian, Tao, Yong, Zhiwei, Bo, Kai, Feng',
      'Chen, Wang, Li, Zhang, Liu, Huang, Zhao, Wu, Zhou, Lin, Xu, Sun, Ma, Guo, Tang, Luo',
    ),
    6,
  ],
  [
    culture(
      'Priya, Ananya, Kavya, Neha, Deepa, Lakshmi, Pooja, Shreya, Divya, Meera, Anjali, Sunita',
      'Arjun, Rahul, Vikram, Sanjay, Rohan, Anil, Rajesh, Aditya, Karthik, Suresh, Nikhil, Prakash',
      'Patel, Sharma, Iyer, Reddy, Gupta, Nair, Singh, Mehta, Desai, Kapoor, Rao, Krishnan, Chopra, Banerjee, Joshi, Menon',
    ),
    6,
  ],
  [
    culture(
      'Ngozi, Chioma, Adaeze, Folake, Yetunde, Amara, Ifeoma, Abena, Ama, Funmilayo, Nneka',
      'Emeka, Chukwudi, Oluwaseun, Tunde, Kwame, Kofi, Babajide, Obinna, Ikenna, Femi, Yaw',
      'Okafor, Adeyemi, Okonkwo, Eze, Balogun, Mensah, Owusu, Nwosu, Adebayo, Okoro, Boateng, Asante',
    ),
    3,
  ],
  [
    culture(
      'Ji-woo, Seo-yeon, Min-ji, Hye-jin, Eun-ji, Soo-ah, Ji-yeon, Yuna',
      'Min-jun, Ji-ho, Seung-woo, Dong-hyun, Jae-won, Hyun-woo, Sung-min, Joon',
      'Kim, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han, Shin, Oh',
    ),
    2.5,
  ],
  [
    culture(
      'Linh, Thao, Mai, Huong, Trang, Ngoc, Lan, Phuong, Hanh',
      'Minh, Tuan, Duc, Quang, Hieu, Khanh, Bao, Long, Thanh',
      'Nguyen, Tran, Le, Pham, Hoang, Vu, Dang, Bui, Do, Ngo, Duong',
    ),
    2,
  ],
  [
    culture(
      'Maricel, Kristine, Rowena, Liza, Angelica, Marites, Jocelyn, Cristina',
      'Rodel, Mark, Jerome, Ramon, Arnel, Ronaldo, Jericho, Emmanuel',
      'Santos, Bautista, Villanueva, Dela Cruz, Aquino, Ramos, Pascual, Manalo, Soriano, Mercado, Domingo',
    ),
    2,
  ],
  [
    culture(
      'Layla, Fatima, Noor, Yasmin, Rania, Mariam, Huda, Salma, Dina, Lina',
      'Omar, Ahmed, Karim, Youssef, Tariq, Khalid, Samir, Hassan, Nabil, Fadi',
      'Haddad, Khoury, Mansour, Nasser, Saleh, Farah, Abboud, Hamdan, Aziz, Darwish, Sabbagh',
    ),
    2.5,
  ],
  [
    culture(
      'Shirin, Parisa, Nasrin, Leila, Maryam, Roya, Azadeh',
      'Dariush, Reza, Kian, Arash, Behrouz, Cyrus, Navid',
      'Tehrani, Farahani, Rostami, Karimi, Hosseini, Rahimi, Moradi, Jafari',
    ),
    1,
  ],
  [
    culture(
      'Anastasia, Olga, Natalia, Irina, Yulia, Svetlana, Oksana, Tetiana',
      'Dmitri, Alexei, Sergei, Mikhail, Andriy, Ivan, Nikolai, Taras',
      'Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Boyko, Lysenko, Petrenko, Savchenko',
    ),
    1.5,
  ],
  [
    culture(
      'Agnieszka, Katarzyna, Magdalena, Joanna, Zofia, Małgorzata, Ewa',
      'Piotr, Tomasz, Krzysztof, Marek, Łukasz, Jakub, Andrzej',
      'Nowak, Kowalczyk, Wójcik, Mazur, Krawczyk, Zielinski, Kowalski, Lewandowski, Kaminski',
    ),
    1.5,
  ],
  [
    culture(
      'Giulia, Francesca, Chiara, Alessandra, Gina, Teresa, Angela, Lucia, Donna',
      'Marco, Giuseppe, Luca, Antonio, Vincent, Salvatore, Paolo, Anthony, Dominic',
      'Russo, Romano, Esposito, Bianchi, Ricci, Moretti, Lombardi, Costa, DeLuca, Marino, Conti, Ferrara, Caruso',
    ),
    3,
  ],
  [
    culture(
      'Siobhan, Aoife, Niamh, Maeve, Bridget, Colleen, Erin, Kathleen, Noreen',
      'Sean, Liam, Patrick, Declan, Conor, Brendan, Ciaran, Kieran, Dermot',
      "O'Brien, Murphy, Kelly, O'Connor, Walsh, Byrne, Gallagher, McCarthy, Doyle, Kennedy, Fitzgerald, Brennan, Donnelly",
    ),
    3,
  ],
  [
    culture(
      'Ingrid, Greta, Anke, Astrid, Sigrid, Frieda, Liesel, Karin, Britta, Solveig',
      'Lars, Erik, Henrik, Klaus, Johannes, Søren, Anders, Stefan, Jürgen, Magnus',
      'Schmidt, Mueller, Becker, Hoffmann, Lindqvist, Johansson, Larsen, Nielsen, Weber, Schneider, Berg, Dahl, Vogel',
    ),
    2.5,
  ],
  [
    culture(
      'Rebecca, Miriam, Leah, Tova, Naomi, Ruth, Shira, Esther, Dana',
      'Avi, Eli, Jonah, Noam, Ariel, Samuel, Isaac, Jacob, Asher',
      'Goldberg, Cohen, Levy, Friedman, Katz, Rosen, Shapiro, Weiss, Klein, Adler, Stein, Feldman',
    ),
    1.5,
  ],
  [
    culture(
      'Tigist, Meron, Selamawit, Hiwot, Fatuma, Amina, Hodan, Saba',
      'Dawit, Yonas, Tesfaye, Abdi, Bereket, Mohamed, Girma, Abdirahman',
      'Bekele, Haile, Gebre, Abebe, Mohamud, Warsame, Tadesse, Mekonnen, Yusuf',
    ),
    1,
  ],
  [
    culture(
      'Eleni, Katerina, Sophia, Despina, Georgia, Vasiliki',
      'Nikos, Dimitrios, Yannis, Konstantinos, Christos, Stavros',
      'Papadopoulos, Georgiou, Nikolaidis, Alexiou, Karras, Pappas, Demetriou',
    ),
    1,
  ],
  [
    culture(
      'Beatriz, Larissa, Fernanda, Juliana, Inês, Renata, Tatiana',
      'João, Thiago, Gustavo, Felipe, Rodrigo, Leonardo, Vinícius',
      'Silva, Souza, Oliveira, Pereira, Almeida, Ferreira, Carvalho, Rocha, Barbosa, Moreira',
    ),
    1.5,
  ],
  [
    culture(
      'Yuki, Haruka, Aiko, Emi, Sakura, Keiko, Naoko, Mariko',
      'Hiroshi, Kenji, Takeshi, Daisuke, Ryo, Kenta, Satoshi, Kazuo',
      'Tanaka, Sato, Suzuki, Takahashi, Watanabe, Yamamoto, Nakamura, Kobayashi, Ito, Yoshida, Yamada',
    ),
    1.5,
  ],
  [
    culture(
      'Ayesha, Sana, Hina, Nadia, Zainab, Rukhsana, Saima, Farzana',
      'Imran, Bilal, Faisal, Hamza, Usman, Asif, Rashid, Tanvir',
      'Khan, Qureshi, Siddiqui, Chaudhry, Malik, Ahmed, Rahman, Hussain, Sheikh, Akhtar, Islam',
    ),
    1.5,
  ],
  [
    culture(
      'Nadège, Fabienne, Marjorie, Stéphanie, Guerline, Roseline',
      'Jean-Pierre, Wesner, Frantz, Reginald, Jacques, Emmanuel',
      'Pierre, Joseph, Jean-Louis, Baptiste, Dorvil, Toussaint, Étienne, Celestin',
    ),
    1,
  ],
  [
    culture(
      'Camille, Chloé, Amélie, Margaux, Élise, Juliette, Manon',
      'Julien, Mathieu, Laurent, Antoine, Guillaume, Olivier, Rémi',
      'Dubois, Moreau, Lefèvre, Girard, Fontaine, Rousseau, Mercier, Bertrand, Lambert',
    ),
    1,
  ],
  [
    culture(
      'Leilani, Malia, Kalani, Noelani, Mele, Sina',
      'Keoni, Makoa, Kawika, Sione, Tavita, Ikaika',
      'Kealoha, Kahale, Akana, Kamakau, Faleolo, Tuilagi, Fonoti',
    ),
    0.6,
  ],
  [
    culture(
      'Elif, Zeynep, Ayşe, Defne, Selin, Ebru',
      'Emre, Mehmet, Burak, Can, Kerem, Murat',
      'Yilmaz, Kaya, Demir, Aydin, Öztürk, Arslan, Doğan, Kurt',
    ),
    0.8,
  ],
]);

/** Business names: place or family name, trade, legal form. */
const businessPlaces = list(
  'Riverside, Harborview, Cedar Grove, Maple Street, Bayfront, Northgate, Old Mill, Eastside, Willow Creek, Summit Ridge, Lakeside, Pinecrest, Granite Hill, Copperfield, Orchard Lane, Foxhollow, Bridgewater, Elm Park, Stonebrook, Union Square',
);
const businessTrades = weightTable<readonly [trade: string, forms: readonly string[]]>([
  [['Dental', ['PLLC', 'PC', 'Ltd']], 3],
  [['Family Medicine', ['PLLC', 'PC']], 2],
  [['Veterinary Clinic', ['LLC', 'PC']], 2],
  [['Physical Therapy', ['LLC', 'PLLC']], 2],
  [['Optometry', ['PLLC', 'PC']], 1],
  [['Pediatrics', ['PLLC', 'PC']], 1],
  [['Chiropractic', ['LLC', 'PC']], 1],
  [['Law Group', ['PLLC', 'LLP']], 2],
  [['Architects', ['LLC', 'LLP']], 1],
  [['Landscaping', ['LLC', 'Inc.']], 2],
  [['Electric', ['LLC', 'Inc.']], 2],
  [['Plumbing & Heating', ['LLC', 'Inc.']], 2],
  [['Construction', ['LLC', 'Inc.', 'Co.']], 2],
  [['Auto Repair', ['LLC', 'Inc.']], 2],
  [['Bakery', ['LLC', 'Co.']], 1],
  [['Brewing Company', ['LLC']], 1],
  [['Hardware', ['Inc.', 'Co.']], 1],
  [['Consulting Group', ['LLC', 'Inc.']], 2],
  [['Logistics', ['LLC', 'Inc.']], 1],
  [['Printing', ['Inc.', 'Co.']], 1],
]);

/** Mostly the firm's own region, a few clients who moved away. */
const areaCodes = ['617', '617', '781', '781', '508', '978', '857', '401', '603', '212', '305', '415'];

/** 555-0100 to 555-0199 are reserved for fiction, so no real number is ever shown. */
function phone(rng: Rng): string {
  return `(${rng.pick(areaCodes)}) 555-01${String(rng.int(0, 99)).padStart(2, '0')}`;
}

const sources = weightTable<string>([
  ['Referral: existing client', 30],
  ['CPA referral', 12],
  ['Estate attorney referral', 6],
  ['Website', 12],
  ['Retirement seminar', 8],
  ['Personal network', 10],
  ['Acquired book (2019 merger)', 8],
  ['Workplace retirement plan', 6],
  ['Community event', 4],
  ['', 4],
]);
const businessSources = weightTable<string>([
  ['CPA referral', 30],
  ['Chamber of Commerce', 15],
  ['Referral: existing client', 30],
  ['Website', 15],
  ['', 10],
]);

/** Fictional street names; the towns are real so addresses read naturally, the streets are not. */
const streets = [
  'Alder Hollow',
  'Birchwood',
  'Cobblestone',
  'Foxglove',
  'Granite Ridge',
  'Harborview',
  'Juniper Bend',
  'Kestrel',
  'Larkspur',
  'Maple Crest',
  'Millbrook',
  'Orchard Hill',
  'Pinecrest',
  'Quarry Rock',
  'Saltmarsh',
  'Tanager',
  'Willowmere',
  'Wrenfield',
];
const streetKinds = ['Street', 'Road', 'Lane', 'Avenue', 'Drive', 'Way', 'Court', 'Terrace'];
/** Mostly the firm's own region, a few clients who moved away. */
const towns = weightTable<readonly [city: string, region: string, zipPrefix: string]>([
  [['Boston', 'MA', '021'], 14],
  [['Cambridge', 'MA', '021'], 8],
  [['Newton', 'MA', '024'], 8],
  [['Brookline', 'MA', '024'], 6],
  [['Lexington', 'MA', '024'], 6],
  [['Wellesley', 'MA', '024'], 5],
  [['Quincy', 'MA', '021'], 5],
  [['Salem', 'MA', '019'], 4],
  [['Worcester', 'MA', '016'], 4],
  [['Providence', 'RI', '029'], 3],
  [['Portsmouth', 'NH', '038'], 2],
  [['New York', 'NY', '100'], 2],
  [['Naples', 'FL', '341'], 2],
  [['San Diego', 'CA', '921'], 1],
]);

const clientNotes = [
  'Prefers morning meetings.',
  'Hard of hearing: speak slowly on calls and follow up in writing.',
  'Send statements by post as well as email.',
  'Spouse handles the day-to-day finances; copy both on emails.',
  'Interested in charitable giving strategies, especially donor-advised funds.',
  'Do not call during tax season; email instead.',
  'Spends January to March at a second home in Florida.',
  'Wants ESG screening on every portfolio.',
  'Nervous about market swings: call after any large drop.',
  'Caring for an elderly parent; may need long-term care planning.',
];

function address(rng: Rng, type: ClientType): Address {
  const [city, region, zipPrefix] = rng.draw(towns);
  const line2 =
    type === 'business' ? `Suite ${rng.int(1, 9)}00` : rng.chance(0.12) ? `Apt ${rng.int(1, 12)}${rng.pick(['A', 'B', 'C'])}` : '';
  return {
    line1: `${rng.int(2, 1200)} ${rng.pick(streets)} ${rng.pick(streetKinds)}`,
    line2,
    city,
    region,
    postalCode: `${zipPrefix}${String(rng.int(1, 99)).padStart(2, '0')}`,
    country: 'United States',
  };
}

/** What the manager wrote down about why a household left, by reason. */
const departureDetails: Record<Departure['reason'], readonly string[]> = {
  fees: [
    'Felt the advisory fee was too high for the service received; moved to a low-cost robo-adviser.',
    'Consolidated with a discount brokerage after comparing fees.',
  ],
  performance: [
    'Unhappy with returns relative to the S&P 500 over the last two years.',
    'Moved to another firm after disappointing performance in the balanced portfolio.',
  ],
  service: [
    'Frustrated by slow responses to service requests; transferring accounts to another firm.',
    'Felt they did not hear from us often enough between reviews.',
  ],
  moved: [
    'Relocating out of state and transferring accounts to a local adviser.',
    'Retired abroad; accounts moved to a firm that can serve non-residents.',
  ],
  deceased: ['Client passed away; the estate distributed the accounts to beneficiaries served elsewhere.'],
  merged_household: [
    "Consolidating with a family member's adviser; closing accounts.",
    "Married and merged finances with their spouse's existing adviser.",
  ],
  other: ['Decided to manage their investments themselves.', "Business was sold; the retirement plan moved to the buyer's provider."],
};

const custodians: readonly Provider[] = [
  { name: 'Northwind Custody', code: 'NWC' },
  { name: 'Blue Heron Clearing', code: 'BHC' },
  { name: 'Tidewater Custody Services', code: 'TCS' },
];
const recordkeepers: readonly Provider[] = [
  { name: 'Keystone Retirement Services', code: 'KRS' },
  { name: 'Northwind Custody', code: 'NWC' },
];
const insurers: readonly Provider[] = [
  { name: 'Granite Mutual Life', code: 'GML' },
  { name: 'Cascadia Assurance', code: 'CAS' },
  { name: 'Lakeshore Life & Annuity', code: 'LLA' },
];
const taxPartners: readonly Provider[] = [{ name: 'Ledgerline Tax Partners', code: null }];
const estatePartners: readonly Provider[] = [{ name: 'Alder & Finch Estate Law', code: null }];
const heldAway: readonly Provider[] = [
  { name: 'Evergreen Investor Services', code: 'EIS' },
  { name: 'Prairie State Bank', code: 'PSB' },
  { name: 'Sterling Ridge Plan Services', code: 'SRP' },
  { name: 'Meadowbrook Brokerage', code: 'MBK' },
];

const personal: readonly Product[] = [
  { kind: 'managed_portfolio', name: 'Managed Growth Portfolio', providers: custodians, fee: aum, value: 'assets', weight: 3 },
  { kind: 'managed_portfolio', name: 'Managed Balanced Portfolio', providers: custodians, fee: aum, value: 'assets', weight: 3 },
  { kind: 'managed_portfolio', name: 'Income Focus Portfolio', providers: custodians, fee: aum, value: 'assets', weight: 1.5 },
  { kind: 'managed_portfolio', name: 'ESG Core Portfolio', providers: custodians, fee: aum, value: 'assets', weight: 1 },
  {
    kind: 'investment_account',
    name: 'Joint Brokerage Account',
    providers: custodians,
    fee: aum,
    value: 'assets',
    weight: 3,
    needs: 'partner',
  },
  {
    kind: 'investment_account',
    name: 'Individual Brokerage Account',
    providers: custodians,
    fee: aum,
    value: 'assets',
    weight: 2,
    owned: true,
  },
  {
    kind: 'investment_account',
    name: '529 College Savings Plan',
    providers: custodians,
    fee: aum,
    value: 'assets',
    weight: 1.5,
    needs: 'child',
  },
  { kind: 'retirement_account', name: 'Traditional IRA', providers: custodians, fee: aum, value: 'assets', weight: 3, owned: true },
  { kind: 'retirement_account', name: 'Roth IRA', providers: custodians, fee: aum, value: 'assets', weight: 3, owned: true },
  { kind: 'retirement_account', name: 'Rollover IRA', providers: custodians, fee: aum, value: 'assets', weight: 3, owned: true },
  { kind: 'retirement_account', name: 'SEP IRA', providers: custodians, fee: aum, value: 'assets', weight: 0.7, owned: true },
  { kind: 'insurance_policy', name: '20-Year Term Life Policy', providers: insurers, fee: none, value: 'none', weight: 1.5, owned: true },
  { kind: 'insurance_policy', name: 'Whole Life Policy', providers: insurers, fee: none, value: 'cash_value', weight: 0.8, owned: true },
  { kind: 'insurance_policy', name: 'Long-Term Care Policy', providers: insurers, fee: none, value: 'none', weight: 1, owned: true },
  {
    kind: 'insurance_policy',
    name: 'Fixed Indexed Annuity',
    providers: insurers,
    fee: none,
    value: 'cash_value',
    weight: 0.8,
    owned: true,
  },
  { kind: 'financial_plan', name: 'Comprehensive Financial Plan', providers: 'firm', fee: fixed(2500, 7500), value: 'none', weight: 2 },
  { kind: 'financial_plan', name: 'Retirement Income Plan', providers: 'firm', fee: fixed(1500, 4500), value: 'none', weight: 1.5 },
  {
    kind: 'financial_plan',
    name: 'Education Funding Plan',
    providers: 'firm',
    fee: fixed(1000, 2500),
    value: 'none',
    weight: 0.5,
    needs: 'child',
  },
  { kind: 'tax_service', name: 'Tax Planning & Preparation', providers: taxPartners, fee: fixed(600, 2500), value: 'none', weight: 1.2 },
  { kind: 'estate_service', name: 'Estate Plan Review', providers: estatePartners, fee: fixed(750, 3000), value: 'none', weight: 0.8 },
  { kind: 'other', name: 'Cash Management Account', providers: custodians, fee: none, value: 'assets', weight: 1 },
  { kind: 'other', name: 'Health Savings Account', providers: custodians, fee: none, value: 'assets', weight: 0.5, owned: true },
];

const business: readonly Product[] = [
  { kind: 'retirement_account', name: '401(k) Plan', providers: recordkeepers, fee: aum, value: 'assets', weight: 3 },
  { kind: 'retirement_account', name: 'SIMPLE IRA Plan', providers: recordkeepers, fee: aum, value: 'assets', weight: 1.5 },
  { kind: 'retirement_account', name: 'Cash Balance Plan', providers: recordkeepers, fee: aum, value: 'assets', weight: 0.7 },
  { kind: 'investment_account', name: 'Corporate Reserve Account', providers: custodians, fee: aum, value: 'assets', weight: 2 },
  { kind: 'insurance_policy', name: 'Key Person Life Policy', providers: insurers, fee: none, value: 'none', weight: 1 },
  { kind: 'insurance_policy', name: 'Buy-Sell Funding Policy', providers: insurers, fee: none, value: 'cash_value', weight: 0.6 },
  { kind: 'financial_plan', name: 'Business Succession Plan', providers: 'firm', fee: fixed(3000, 9000), value: 'none', weight: 1 },
  { kind: 'tax_service', name: 'Business Tax Planning', providers: taxPartners, fee: fixed(1500, 6000), value: 'none', weight: 1.2 },
  { kind: 'other', name: 'Business Cash Management', providers: custodians, fee: none, value: 'assets', weight: 1 },
];

const trust: readonly Product[] = [
  { kind: 'investment_account', name: 'Trust Brokerage Account', providers: custodians, fee: aum, value: 'assets', weight: 3 },
  { kind: 'managed_portfolio', name: 'Trust Managed Portfolio', providers: custodians, fee: aum, value: 'assets', weight: 3 },
  { kind: 'managed_portfolio', name: 'Trust Income Portfolio', providers: custodians, fee: aum, value: 'assets', weight: 1 },
  {
    kind: 'estate_service',
    name: 'Trust Administration Support',
    providers: estatePartners,
    fee: fixed(1500, 5000),
    value: 'none',
    weight: 1.5,
  },
  {
    kind: 'tax_service',
    name: 'Fiduciary Tax Return (Form 1041)',
    providers: taxPartners,
    fee: fixed(800, 2500),
    value: 'none',
    weight: 1.5,
  },
  { kind: 'other', name: 'Trust Cash Reserve', providers: custodians, fee: none, value: 'assets', weight: 0.8 },
];

const heldAwayProducts: readonly Product[] = [
  {
    kind: 'retirement_account',
    name: '401(k) at current employer',
    providers: heldAway,
    fee: none,
    value: 'assets',
    weight: 3,
    owned: true,
  },
  { kind: 'investment_account', name: 'Brokerage account at another firm', providers: heldAway, fee: none, value: 'assets', weight: 2 },
  { kind: 'other', name: 'Bank savings', providers: heldAway, fee: none, value: 'assets', weight: 1.5 },
  {
    kind: 'insurance_policy',
    name: 'Group term life through employer',
    providers: heldAway,
    fee: none,
    value: 'none',
    weight: 1,
    owned: true,
  },
];

/** A Boston-area firm: Harbor & Vine Advisory, in dollars and US formats. */
export const unitedStates: Region = {
  settings: { firmName: 'Harbor & Vine Advisory', currency: 'USD', locale: 'en-US', dateOrder: 'locale' },
  utcOffsetMinutes: -5 * 60,
  names: {
    cultures,
    businessPlaces,
    businessTrades,
    trusts: { family: 'Family Trust', personal: 'Revocable Trust', joint: 'Living Trust', other: 'Irrevocable Trust' },
  },
  phone,
  address,
  assetBands: {
    A: { median: 2_600_000, min: 1_000_000, max: 40_000_000 },
    B: { median: 850_000, min: 400_000, max: 2_500_000 },
    C: { median: 220_000, min: 15_000, max: 600_000 },
  },
  highNetWorth: 3_000_000,
  advisoryRates: [
    [250_000, 0.01],
    [1_000_000, 0.009],
    [2_000_000, 0.0075],
    [5_000_000, 0.006],
  ],
  topRate: 0.005,
  cashValueMedian: 45_000,
  feeStep: 50,
  products: { personal, business, trust, heldAway: heldAwayProducts },
  accountNumber: (rng, code) => `${code}-${rng.int(1000, 9999)}-${rng.int(1000, 9999)}`,
  sources,
  businessSources,
  clientNotes,
  departureDetails,
  phrases: usPhrases,
  workflowWording: 'en-US',
  tags: { accountantReferral: 'referral: CPA', educationPlanning: 'college planning' },
};
