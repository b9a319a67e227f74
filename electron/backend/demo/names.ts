import { weightTable, type Rng } from './rng';

/** Names that go together: a family usually shares a naming tradition. */
export interface Culture {
  readonly female: readonly string[];
  readonly male: readonly string[];
  readonly last: readonly string[];
}

const list = (text: string): readonly string[] => text.split(',').map((name) => name.trim());

const culture = (female: string, male: string, last: string): Culture => ({
  female: list(female),
  male: list(male),
  last: list(last),
});

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

export type Sex = 'female' | 'male';

export interface PersonName {
  first: string;
  last: string;
  culture: Culture;
}

export function pickCulture(rng: Rng): Culture {
  return rng.draw(cultures);
}

export function pickSex(rng: Rng): Sex {
  return rng.chance(0.5) ? 'female' : 'male';
}

export function firstName(rng: Rng, from: Culture, sex: Sex): string {
  return rng.pick(from[sex]);
}

export function personName(rng: Rng, sex: Sex, from: Culture = pickCulture(rng)): PersonName {
  return { first: firstName(rng, from, sex), last: rng.pick(from.last), culture: from };
}

/** Letters that Unicode does not decompose into a base letter plus an accent. */
const undecomposed: Record<string, string> = { ł: 'l', ø: 'o', ı: 'i', ß: 'ss', æ: 'ae', đ: 'd' };

/** `José De La Cruz` → `jose`, `delacruz`: lower-case ASCII for email addresses. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøıßæđ]/g, (letter) => undecomposed[letter] ?? '')
    .replace(/[^a-z0-9]/g, '');
}

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

export function businessName(rng: Rng, ownerLast: string): string {
  const [trade, forms] = rng.draw(businessTrades);
  const stem = rng.chance(0.6) ? rng.pick(businessPlaces) : ownerLast;
  return `${stem} ${trade} ${rng.pick(forms)}`;
}

export function trustName(rng: Rng, grantor: PersonName, coGrantorFirst: string | null): string {
  const roll = rng.next();
  if (roll < 0.45) return `${grantor.last} Family Trust`;
  if (roll < 0.7) return `The ${grantor.first} ${grantor.last} Revocable Trust`;
  if (roll < 0.85 && coGrantorFirst) return `${grantor.first} and ${coGrantorFirst} ${grantor.last} Living Trust`;
  return `${grantor.last} Irrevocable Trust`;
}

/**
 * What a couple's household is called in the book. Partners with different surnames read as
 * "Chen & Patel"; a shared surname as "The Okafor Household" or "Ada & Emeka Okafor".
 */
export function coupleName(rng: Rng, a: PersonName, b: PersonName): string {
  if (a.last !== b.last) {
    return rng.chance(0.6) ? `${a.last} & ${b.last}` : `${a.first} ${a.last} & ${b.first} ${b.last}`;
  }
  const roll = rng.next();
  if (roll < 0.45) return `The ${a.last} Household`;
  if (roll < 0.8) return `${a.first} & ${b.first} ${a.last}`;
  return `${a.last} Family`;
}
