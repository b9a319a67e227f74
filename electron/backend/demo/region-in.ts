import type { Address, ClientType } from '../../../shared/model';
import { aum, fixed, none, type Product, type Provider } from './catalog';
import { culture, list, type Culture } from './names';
import { indianPhrases } from './phrases-in';
import type { Region } from './region';
import { weightTable, type Rng } from './rng';

// The Indian demo firm's tables: a Pune firm whose clients are mostly in Maharashtra, with families
// from across India who moved there for work. Names are in Latin script, as Indian firms write them.

const cultures = weightTable<Culture>([
  [
    culture(
      'Aarti, Ashwini, Madhuri, Sayali, Snehal, Pallavi, Rupali, Shilpa, Manasi, Gauri, Vaishali, Prajakta, Sharmila, Anuradha, Mrunal, Ketaki',
      'Aniket, Sachin, Prasad, Vinayak, Mahesh, Amol, Nitin, Sandeep, Rahul, Shrikant, Abhijit, Tushar, Sameer, Ajit, Mangesh, Omkar',
      'Kulkarni, Deshpande, Joshi, Patil, Gokhale, Apte, Deshmukh, Bhosale, Pawar, Jadhav, Kale, Phadke, Sathe, Gadgil, Karandikar, Paranjpe, Shinde, Chavan, Lele',
    ),
    24,
  ],
  [
    culture(
      'Hetal, Krupa, Nisha, Bhavna, Foram, Dhara, Jigna, Komal, Pinal, Rupal, Falguni, Mittal',
      'Hitesh, Jignesh, Ketan, Paresh, Nilesh, Bhavesh, Chirag, Darshan, Hardik, Mehul, Parth, Tejas',
      'Patel, Shah, Mehta, Desai, Parikh, Trivedi, Dave, Gandhi, Thakkar, Vyas, Bhatt, Pandya, Kothari, Sheth',
    ),
    13,
  ],
  [
    culture(
      'Priya, Neha, Anjali, Pooja, Ritu, Sunita, Kavita, Shweta, Swati, Nidhi, Rashmi, Preeti, Garima, Anita, Shalini',
      'Rajesh, Amit, Rakesh, Vikas, Sanjay, Alok, Ashish, Manoj, Saurabh, Ankit, Pankaj, Vivek, Abhishek, Rohit, Gaurav',
      'Sharma, Verma, Gupta, Agarwal, Srivastava, Mishra, Tiwari, Pandey, Saxena, Shukla, Dubey, Tripathi, Yadav, Chauhan, Rastogi, Bajpai',
    ),
    15,
  ],
  [
    culture(
      'Harpreet, Simran, Gurpreet, Manpreet, Jasleen, Navneet, Amrita, Kiran, Rupinder, Baljeet',
      'Harjit, Manjit, Jaspreet, Amarjeet, Kuldeep, Inderjit, Sukhwinder, Tejinder, Gurdeep, Paramjit',
      'Singh, Sandhu, Gill, Dhillon, Grewal, Sidhu, Bedi, Ahluwalia, Chadha, Kohli, Malhotra, Khanna, Arora, Sethi, Bhatia',
    ),
    7,
  ],
  [
    culture(
      'Lakshmi, Meenakshi, Kavitha, Revathi, Divya, Priyanka, Sangeetha, Anitha, Gayathri, Deepa, Janani, Nandhini',
      'Karthik, Senthil, Ramesh, Suresh, Arun, Balaji, Ganesh, Vignesh, Saravanan, Prakash, Murali, Venkatesh',
      'Iyer, Iyengar, Subramanian, Krishnan, Raman, Natarajan, Venkataraman, Srinivasan, Rajagopal, Sundaram, Chandrasekar, Ramaswamy, Narayanan',
    ),
    7,
  ],
  [
    culture(
      'Lekha, Sreeja, Reshma, Asha, Bindu, Sajitha, Neethu, Parvathy, Anju, Remya',
      'Anoop, Rajeev, Sreejith, Vineeth, Jithin, Sunil, Biju, Ajith, Pradeep, Sajan',
      'Nair, Menon, Pillai, Kurup, Panicker, Warrier, Nambiar, Varghese, Kurian, Mathew, Thomas',
    ),
    5,
  ],
  [
    culture(
      'Ananya, Moumita, Sayantani, Rituparna, Sharmistha, Debjani, Paromita, Tanushree, Madhumita, Sudeshna',
      'Arnab, Sourav, Debashish, Subhajit, Anirban, Kaushik, Partha, Indranil, Soumya, Tanmoy',
      'Banerjee, Chatterjee, Mukherjee, Bose, Ghosh, Sen, Dutta, Roy, Chakraborty, Bhattacharya, Sengupta, Mitra, Ganguly',
    ),
    6,
  ],
  [
    culture(
      'Shruti, Sahana, Pavithra, Vidya, Bhavya, Chaitra, Nayana, Spoorthi',
      'Raghavendra, Prashanth, Manjunath, Santosh, Girish, Naveen, Sudeep, Vinay',
      'Rao, Hegde, Shetty, Kamath, Bhat, Gowda, Acharya, Shenoy, Pai, Kini',
    ),
    4,
  ],
  [
    culture(
      'Sravani, Lavanya, Swathi, Padmaja, Haritha, Sirisha, Madhavi, Keerthi',
      'Srinivas, Venkat, Ravi, Naresh, Krishna, Srikanth, Chaitanya, Phani',
      'Reddy, Naidu, Chowdary, Varma, Raju, Sastry, Murthy, Prasad',
    ),
    4,
  ],
  [
    culture(
      'Sarita, Mamta, Kusum, Sushila, Shobha, Manju, Rekha, Sangeeta',
      'Mahendra, Dinesh, Ashok, Pradeep, Sunil, Anil, Naresh, Vinod',
      'Maheshwari, Jain, Khandelwal, Oswal, Bansal, Goyal, Mittal, Bajaj, Lodha, Bafna',
    ),
    5,
  ],
  [
    culture(
      'Ayesha, Fatima, Zainab, Shabana, Nazia, Rukhsar, Sana, Farheen, Nilofer, Heena',
      'Imran, Irfan, Salman, Faisal, Arif, Javed, Aamir, Shahid, Tanveer, Zaheer',
      'Khan, Shaikh, Ansari, Qureshi, Siddiqui, Syed, Mirza, Pathan, Lokhandwala, Kapadia, Merchant',
    ),
    6,
  ],
  [
    culture(
      'Jyoti, Roshni, Sapna, Kajal, Lata, Hema',
      'Manish, Kishore, Haresh, Rajkumar, Deepak, Jitendra',
      'Advani, Lalwani, Mirchandani, Sadarangani, Kripalani, Vaswani, Bhatia, Motwani',
    ),
    2,
  ],
  [
    culture(
      'Zarine, Perizaad, Shernaz, Dilnaz, Roshan, Freny',
      'Cyrus, Rustom, Farhad, Jehangir, Kaizad, Darius',
      'Irani, Mistry, Wadia, Engineer, Contractor, Bharucha, Daruwala, Sethna',
    ),
    1,
  ],
  [
    culture(
      'Maria, Sheryl, Andrea, Natasha, Joanne, Lynette',
      'Anthony, Joseph, Francis, Savio, Clive, Neil',
      "D'Souza, Fernandes, Pereira, Rodrigues, D'Costa, Gonsalves, Pinto, Lobo",
    ),
    2,
  ],
]);

const businessPlaces = list(
  'Sahyadri, Indrayani, Godavari, Shree Ganesh, Lakshmi, Deccan, Konkan, Pavana, Mula Mutha, Shivneri, Sinhagad, Kesari, Vasundhara, Navratna, Suvarna',
);
const businessTrades = weightTable<readonly [trade: string, forms: readonly string[]]>([
  [['Dental Care', ['LLP', 'Pvt. Ltd.']], 2],
  [['Diagnostics', ['Pvt. Ltd.', 'LLP']], 2],
  [['Nursing Home', ['Pvt. Ltd.', '& Co.']], 1],
  [['Pharma Distributors', ['Pvt. Ltd.', '& Co.']], 2],
  [['Textiles', ['Pvt. Ltd.', '& Co.']], 2],
  [['Jewellers', ['Pvt. Ltd.', '& Sons']], 2],
  [['Engineering Works', ['Pvt. Ltd.', '& Co.']], 2],
  [['Auto Components', ['Pvt. Ltd.']], 2],
  [['Builders & Developers', ['LLP', 'Pvt. Ltd.']], 2],
  [['Caterers', ['& Co.', 'LLP']], 1],
  [['Sweets & Namkeen', ['& Sons', '& Co.']], 1],
  [['Electricals', ['& Co.', 'Pvt. Ltd.']], 2],
  [['Logistics', ['Pvt. Ltd.', 'LLP']], 1],
  [['Software Solutions', ['Pvt. Ltd.', 'LLP']], 2],
  [['Packaging', ['Pvt. Ltd.', 'Industries']], 1],
  [['Agro Products', ['Pvt. Ltd.', 'LLP']], 1],
  [['Printers', ['& Co.', 'Pvt. Ltd.']], 1],
]);

/** India reserves no numbers for fiction (as the US does 555-01xx); these have the shape of Indian mobile and Pune and Mumbai landline numbers. */
function phone(rng: Rng): string {
  const digits = (count: number) => String(rng.int(0, 10 ** count - 1)).padStart(count, '0');
  if (rng.chance(0.85)) return `+91 ${rng.pick(['98', '97', '99', '90', '88', '77', '70'])}${digits(3)} ${digits(5)}`;
  return `+91 ${rng.pick(['20', '22'])} ${rng.int(2, 6)}${digits(3)} ${digits(4)}`;
}

const sources = weightTable<string>([
  ['Referral: existing client', 30],
  ['CA referral', 12],
  ['Website', 10],
  ['Investor awareness seminar', 8],
  ['Personal network', 12],
  ['Took over a retiring distributor’s book (2019)', 8],
  ['Financial wellness session at work', 6],
  ['Housing society talk', 4],
  ['', 4],
]);
const businessSources = weightTable<string>([
  ['CA referral', 30],
  ['Industry association', 15],
  ['Referral: existing client', 30],
  ['Website', 15],
  ['', 10],
]);

/** Fictional building names; the localities and their PIN codes are real so addresses read naturally. */
const buildings = list(
  'Shantiniketan, Gulmohar, Anand Vihar, Suyog, Nandanvan, Shreeji, Ashiyana, Mayur, Prathamesh, Sai Krupa, Parijat, Tulsi, Vrindavan, Om Sai, Sukh Sagar, Kamal Kunj',
);
const buildingKinds = list('Co-op Housing Society, Apartments, Residency, Towers, Heights, Park');
const officeKinds = list('Commercial Complex, Business Centre, Trade Centre, Chambers');
/** Mostly Pune and Mumbai, a few clients who moved elsewhere in India. */
const towns = weightTable<readonly [city: string, state: string, localities: readonly (readonly [locality: string, pin: string])[]]>([
  [
    [
      'Pune',
      'Maharashtra',
      [
        ['Kothrud', '411038'],
        ['Aundh', '411007'],
        ['Baner', '411045'],
        ['Shivajinagar', '411005'],
        ['Koregaon Park', '411001'],
        ['Viman Nagar', '411014'],
        ['Hadapsar', '411028'],
        ['Deccan Gymkhana', '411004'],
        ['Kalyani Nagar', '411006'],
        ['Wakad', '411057'],
      ],
    ],
    40,
  ],
  [
    [
      'Mumbai',
      'Maharashtra',
      [
        ['Dadar West', '400028'],
        ['Andheri West', '400058'],
        ['Bandra West', '400050'],
        ['Powai', '400076'],
        ['Borivali West', '400092'],
        ['Chembur', '400071'],
        ['Matunga', '400019'],
      ],
    ],
    20,
  ],
  [
    [
      'Thane',
      'Maharashtra',
      [
        ['Naupada', '400602'],
        ['Ghodbunder Road', '400615'],
      ],
    ],
    6,
  ],
  [
    [
      'Navi Mumbai',
      'Maharashtra',
      [
        ['Vashi', '400703'],
        ['Nerul', '400706'],
      ],
    ],
    4,
  ],
  [
    [
      'Nashik',
      'Maharashtra',
      [
        ['College Road', '422005'],
        ['Gangapur Road', '422013'],
      ],
    ],
    3,
  ],
  [['Nagpur', 'Maharashtra', [['Dharampeth', '440010']]], 2],
  [
    [
      'Bengaluru',
      'Karnataka',
      [
        ['Indiranagar', '560038'],
        ['Jayanagar', '560041'],
        ['Koramangala', '560034'],
      ],
    ],
    6,
  ],
  [
    [
      'Ahmedabad',
      'Gujarat',
      [
        ['Navrangpura', '380009'],
        ['Satellite', '380015'],
      ],
    ],
    3,
  ],
  [['Hyderabad', 'Telangana', [['Banjara Hills', '500034']]], 3],
  [
    [
      'Chennai',
      'Tamil Nadu',
      [
        ['Adyar', '600020'],
        ['Mylapore', '600004'],
      ],
    ],
    3,
  ],
  [['New Delhi', 'Delhi', [['Vasant Kunj', '110070']]], 3],
  [['Kolkata', 'West Bengal', [['Ballygunge', '700019']]], 2],
  [['Kochi', 'Kerala', [['Kadavanthra', '682020']]], 1],
]);

function address(rng: Rng, type: ClientType): Address {
  const [city, state, localities] = rng.draw(towns);
  const [locality, pin] = rng.pick(localities);
  const line1 =
    type === 'business'
      ? `Office ${rng.int(1, 6)}0${rng.int(1, 9)}, ${rng.pick(buildings)} ${rng.pick(officeKinds)}`
      : rng.chance(0.8)
        ? `Flat ${rng.pick(['A', 'B', 'C'])}-${rng.int(1, 14)}0${rng.int(1, 4)}, ${rng.pick(buildings)} ${rng.pick(buildingKinds)}`
        : `${rng.int(1, 60)}, ${rng.pick(buildings)} Bungalow`;
  return { line1, line2: locality, city, region: state, postalCode: pin, country: 'India' };
}

const clientNotes = [
  'Prefers calls after 7 pm on weekdays.',
  'Wants SIP dates moved to the 5th, after the salary is credited.',
  'Son studies in Canada; plan the fee remittances under LRS each semester.',
  'Do not call during the July tax-filing rush; WhatsApp instead.',
  'Spends the winter months with family in Ahmedabad.',
  'NRI brother is a joint holder on the FDs; check FEMA rules before any change.',
  'Nervous about market swings: call after any large fall in the Nifty.',
  'Caring for elderly parents; review their health cover before each renewal.',
  "Daughter's wedding planned in two years; keep that corpus in debt funds.",
  'Prefers the CAS statement by post as well as email.',
];

const departureDetails: Region['departureDetails'] = {
  fees: [
    'Felt the advisory fee was too high for the service; moved to direct plans on an online platform.',
    'Consolidated everything with a discount broker after comparing costs.',
  ],
  performance: [
    'Unhappy with returns compared with the Nifty 50 over the last two years.',
    'Moved to another adviser after disappointing returns in the hybrid portfolio.',
  ],
  service: [
    'Frustrated by slow responses to service requests; moving the folios to another distributor.',
    'Felt they did not hear from us often enough between reviews.',
  ],
  moved: ['Relocated to another city and moved to a local adviser.', 'Moved abroad; as an NRI needs an adviser who serves non-residents.'],
  deceased: ['Client passed away; the nominees claimed the holdings and are served elsewhere.'],
  merged_household: [
    "Consolidating with a family member's adviser; closing the folios.",
    "Married and merged finances with their spouse's existing adviser.",
  ],
  other: ['Decided to manage their investments themselves.', "Business was sold; the company's treasury moved to the buyer's bank."],
};

// Fictional institutions: fund houses, a broker, insurers, banks and a pension fund.
const fundHouses: readonly Provider[] = [
  { name: 'Narmada Mutual Fund', code: 'NMF' },
  { name: 'Indus Peak Mutual Fund', code: 'IPM' },
  { name: 'Konkan Coast Asset Management', code: 'KCA' },
];
const brokers: readonly Provider[] = [{ name: 'Deccan Securities', code: 'DSL' }];
const insurers: readonly Provider[] = [
  { name: 'Suraksha Life Insurance', code: 'SLI' },
  { name: 'Jeevan Setu Life', code: 'JSL' },
  { name: 'Abhay General Insurance', code: 'AGI' },
];
const banks: readonly Provider[] = [
  { name: 'Godavari Co-operative Bank', code: 'GCB' },
  { name: 'Triveni Bank', code: 'TRB' },
];
const pensionFunds: readonly Provider[] = [{ name: 'Sanchay Pension Fund', code: 'SPF' }];
const taxPartners: readonly Provider[] = [{ name: 'Joshi & Kale, Chartered Accountants', code: null }];
const estatePartners: readonly Provider[] = [{ name: 'Apte & Deshmukh, Advocates', code: null }];
const heldAway: readonly Provider[] = [
  { name: 'Ganga Bank', code: 'GNB' },
  { name: 'Mahanadi Securities', code: 'MHS' },
  { name: 'Vindhya Life Insurance', code: 'VLI' },
];

const personal: readonly Product[] = [
  { kind: 'managed_portfolio', name: 'Equity Mutual Fund Portfolio', providers: fundHouses, fee: aum, value: 'assets', weight: 3 },
  { kind: 'managed_portfolio', name: 'Hybrid Mutual Fund Portfolio', providers: fundHouses, fee: aum, value: 'assets', weight: 3 },
  { kind: 'managed_portfolio', name: 'Debt Fund Portfolio', providers: fundHouses, fee: aum, value: 'assets', weight: 1.5 },
  { kind: 'managed_portfolio', name: 'Portfolio Management Service (PMS)', providers: brokers, fee: aum, value: 'assets', weight: 0.8 },
  { kind: 'investment_account', name: 'Mutual Fund SIP', providers: fundHouses, fee: aum, value: 'assets', weight: 3, owned: true },
  { kind: 'investment_account', name: 'Joint Demat Account', providers: brokers, fee: aum, value: 'assets', weight: 2, needs: 'partner' },
  {
    kind: 'investment_account',
    name: "Children's Education SIP",
    providers: fundHouses,
    fee: aum,
    value: 'assets',
    weight: 1.5,
    needs: 'child',
  },
  {
    kind: 'retirement_account',
    name: 'NPS Tier I Account (National Pension System)',
    providers: pensionFunds,
    fee: none,
    value: 'assets',
    weight: 2.5,
    owned: true,
  },
  {
    kind: 'retirement_account',
    name: 'Public Provident Fund (PPF)',
    providers: banks,
    fee: none,
    value: 'assets',
    weight: 2.5,
    owned: true,
  },
  { kind: 'insurance_policy', name: 'Term Insurance Plan', providers: insurers, fee: none, value: 'none', weight: 2, owned: true },
  {
    kind: 'insurance_policy',
    name: 'Unit Linked Insurance Plan (ULIP)',
    providers: insurers,
    fee: none,
    value: 'cash_value',
    weight: 1.2,
    owned: true,
  },
  { kind: 'insurance_policy', name: 'Family Floater Health Insurance', providers: insurers, fee: none, value: 'none', weight: 1.5 },
  { kind: 'financial_plan', name: 'Comprehensive Financial Plan', providers: 'firm', fee: fixed(25_000, 75_000), value: 'none', weight: 2 },
  { kind: 'financial_plan', name: 'Retirement Plan', providers: 'firm', fee: fixed(15_000, 40_000), value: 'none', weight: 1.5 },
  {
    kind: 'financial_plan',
    name: "Children's Education Plan",
    providers: 'firm',
    fee: fixed(10_000, 25_000),
    value: 'none',
    weight: 0.5,
    needs: 'child',
  },
  {
    kind: 'tax_service',
    name: 'Income Tax Planning & ITR Filing',
    providers: taxPartners,
    fee: fixed(5_000, 25_000),
    value: 'none',
    weight: 1.2,
  },
  {
    kind: 'estate_service',
    name: 'Will & Nomination Review',
    providers: estatePartners,
    fee: fixed(10_000, 40_000),
    value: 'none',
    weight: 0.8,
  },
  { kind: 'other', name: 'Bank Fixed Deposits', providers: banks, fee: none, value: 'assets', weight: 1.5 },
  { kind: 'other', name: 'Sukanya Samriddhi Account', providers: banks, fee: none, value: 'assets', weight: 0.5, needs: 'child' },
];

const business: readonly Product[] = [
  { kind: 'investment_account', name: 'Corporate Treasury (Liquid Funds)', providers: fundHouses, fee: aum, value: 'assets', weight: 3 },
  { kind: 'retirement_account', name: 'Group Gratuity Scheme', providers: insurers, fee: none, value: 'assets', weight: 2 },
  { kind: 'retirement_account', name: 'NPS Corporate Model', providers: pensionFunds, fee: none, value: 'assets', weight: 1.5 },
  { kind: 'other', name: 'Corporate Fixed Deposits', providers: banks, fee: none, value: 'assets', weight: 1.5 },
  { kind: 'insurance_policy', name: 'Group Term Insurance for Employees', providers: insurers, fee: none, value: 'none', weight: 1 },
  { kind: 'insurance_policy', name: 'Keyman Insurance Policy', providers: insurers, fee: none, value: 'cash_value', weight: 0.6 },
  { kind: 'financial_plan', name: 'Business Succession Plan', providers: 'firm', fee: fixed(40_000, 1_20_000), value: 'none', weight: 1 },
  {
    kind: 'tax_service',
    name: 'GST & Corporate Tax Advisory',
    providers: taxPartners,
    fee: fixed(25_000, 1_00_000),
    value: 'none',
    weight: 1.2,
  },
];

const trust: readonly Product[] = [
  { kind: 'investment_account', name: 'Trust Mutual Fund Portfolio', providers: fundHouses, fee: aum, value: 'assets', weight: 3 },
  { kind: 'managed_portfolio', name: 'Trust Debt Fund Portfolio', providers: fundHouses, fee: aum, value: 'assets', weight: 2 },
  { kind: 'other', name: 'Trust Fixed Deposits', providers: banks, fee: none, value: 'assets', weight: 1.5 },
  {
    kind: 'estate_service',
    name: 'Trust Administration Support',
    providers: estatePartners,
    fee: fixed(20_000, 75_000),
    value: 'none',
    weight: 1.5,
  },
  {
    kind: 'tax_service',
    name: 'Trust Income Tax Return (ITR-5)',
    providers: taxPartners,
    fee: fixed(8_000, 30_000),
    value: 'none',
    weight: 1.5,
  },
];

const heldAwayProducts: readonly Product[] = [
  {
    kind: 'retirement_account',
    name: 'EPF with current employer',
    providers: heldAway,
    fee: none,
    value: 'assets',
    weight: 3,
    owned: true,
  },
  { kind: 'investment_account', name: 'Mutual funds through a bank', providers: heldAway, fee: none, value: 'assets', weight: 2 },
  { kind: 'other', name: 'Bank fixed deposits', providers: heldAway, fee: none, value: 'assets', weight: 2 },
  {
    kind: 'insurance_policy',
    name: 'Endowment policy from an agent',
    providers: heldAway,
    fee: none,
    value: 'cash_value',
    weight: 1,
    owned: true,
  },
  {
    kind: 'insurance_policy',
    name: 'Group term cover through employer',
    providers: heldAway,
    fee: none,
    value: 'none',
    weight: 1,
    owned: true,
  },
];

/** A Pune firm: Sahyadri Wealth Advisors, in rupees and Indian formats. */
export const india: Region = {
  settings: { firmName: 'Sahyadri Wealth Advisors', currency: 'INR', locale: 'en-IN', dateOrder: 'DMY', timeZone: 'Asia/Kolkata' },
  utcOffsetMinutes: 5 * 60 + 30,
  names: {
    cultures,
    businessPlaces,
    businessTrades,
    trusts: { family: 'Family Trust', personal: 'Family Welfare Trust', joint: 'Private Trust', other: 'Private Family Trust' },
  },
  phone,
  address,
  // In rupees: ₹1 crore is 1,00,00,000, ₹1 lakh 1,00,000.
  assetBands: {
    A: { median: 3_00_00_000, min: 1_00_00_000, max: 50_00_00_000 },
    B: { median: 80_00_000, min: 30_00_000, max: 2_00_00_000 },
    C: { median: 18_00_000, min: 2_00_000, max: 50_00_000 },
  },
  highNetWorth: 5_00_00_000,
  advisoryRates: [
    [50_00_000, 0.01],
    [2_00_00_000, 0.0085],
    [5_00_00_000, 0.0075],
    [10_00_00_000, 0.006],
  ],
  topRate: 0.005,
  cashValueMedian: 6_00_000,
  feeStep: 500,
  products: { personal, business, trust, heldAway: heldAwayProducts },
  // Folio-style: the fund house, bank or insurer, a seven-digit number and a check suffix.
  accountNumber: (rng, code) => `${code}-${rng.int(1_000_000, 9_999_999)}-${rng.int(10, 99)}`,
  sources,
  businessSources,
  clientNotes,
  departureDetails,
  phrases: indianPhrases,
  workflowWording: 'en-IN',
  tags: { accountantReferral: 'referral: CA', educationPlanning: 'education planning' },
};
