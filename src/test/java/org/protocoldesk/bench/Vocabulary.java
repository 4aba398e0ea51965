package org.protocoldesk.bench;

import java.util.List;

/**
 * The words the generated office is made of: the countries it deals with (with the zone of their capital) and the
 * names of their people, written as they are written there — Azerbaijani ə, Turkish ğ ş ı, Cyrillic — so that sorting
 * and search meet the letters they meet in real data.
 */
final class Vocabulary {
    record Place(String countryCode, String countryName, String zone, List<String> cities, NamePool names) {
    }

    record NamePool(List<String> given, List<String> family) {
    }

    private static final NamePool AZERBAIJANI = new NamePool(
            List.of("Əli", "Elşən", "Kamran", "Zaur", "Rəşad", "Aysel", "Gülnar", "Nigar", "Fuad", "Səbinə", "Tural",
                    "Könül", "İlham", "Ülviyyə", "Şahin", "Vüqar"),
            List.of("Əliyev", "Məmmədov", "Hüseynov", "Quliyev", "Həsənov", "İsmayılov", "Əhmədova", "Rzayeva",
                    "Cəfərov", "Qasımov", "Abbasova", "Nəsirov", "Şükürov", "Bağırov"));
    private static final NamePool TURKISH = new NamePool(
            List.of("Ahmet", "Ayşe", "Mehmet", "Ömer", "Şükrü", "Gülşen", "İbrahim", "Çağrı", "Doğan", "Özlem", "Ümit",
                    "Ilgın", "Kağan", "Büşra"),
            List.of("Öztürk", "Yılmaz", "Şahin", "Doğan", "Çelik", "Kılıç", "Aydın", "Güneş", "Özdemir", "Arslan",
                    "Koç", "Ağaoğlu", "Erdoğdu", "Işık"));
    private static final NamePool RUSSIAN = new NamePool(
            List.of("Александр", "Сергей", "Дмитрий", "Елена", "Ольга", "Игорь", "Наталья", "Юрий", "Татьяна", "Андрей",
                    "Екатерина", "Михаил"),
            List.of("Иванов", "Смирнов", "Кузнецов", "Попова", "Соколов", "Лебедева", "Козлов", "Новикова",
                    "Морозов", "Волков", "Фёдоров", "Ёлкина"));
    private static final NamePool CENTRAL_ASIAN = new NamePool(
            List.of("Нурсултан", "Айгерим", "Ерлан", "Бахтиёр", "Дилноза", "Рустам", "Шерзод", "Гульнара", "Фарход",
                    "Зарина", "Азиз", "Мадина"),
            List.of("Назаров", "Каримова", "Рахимов", "Юсупов", "Абдуллаева", "Турсунов", "Исмоилов", "Сатпаев",
                    "Жумабаев", "Холматова", "Мирзоев", "Шарипов"));
    private static final NamePool PERSIAN = new NamePool(
            List.of("Ali", "Mohammad", "Reza", "Hossein", "Maryam", "Zahra", "Mehdi", "Farhad", "Shirin", "Abbas",
                    "Nasrin", "Kazem"),
            List.of("Alizadeh", "Movahedi-Azad", "Hosseini", "Rahimi", "Karimi", "Jafari", "Mousavi", "Ahmadi",
                    "Sadeghi", "Rezaei", "Tehrani", "Ghasemi"));
    private static final NamePool EUROPEAN = new NamePool(
            List.of("François", "Jürgen", "Søren", "Łukasz", "Zoë", "Ana", "José", "Mário", "Björn", "Chloé", "Małgorzata",
                    "Dušan", "Ioana", "Gérard", "Elżbieta", "Nikos"),
            List.of("Müller", "Dubois", "Nowak", "Kovačević", "García", "Rossi", "Jørgensen", "Lefèvre", "Wiśniewski",
                    "Popescu", "Papadopoulos", "Schröder", "Novák", "Đorđević", "Smith", "O'Brien"));
    private static final NamePool ARABIC = new NamePool(
            List.of("Ahmed", "Fatima", "Khalid", "Omar", "Layla", "Yousef", "Huda", "Saeed", "Nour", "Tariq"),
            List.of("Al-Mansouri", "Al-Thani", "Haddad", "Nasser", "El-Sayed", "Al-Farsi", "Khalil", "Saleh",
                    "Al-Harbi", "Mahmoud"));
    private static final NamePool EAST_ASIAN = new NamePool(
            List.of("Wei", "Li", "Hiroshi", "Yuki", "Min-jun", "Ji-woo", "Xiaoming", "Haruto", "Seo-yeon", "Jun"),
            List.of("Wang", "Zhang", "Tanaka", "Suzuki", "Kim", "Park", "Chen", "Watanabe", "Lee", "Liu"));

    /** Neighbours and partners first: a country's position makes it more or less frequent in the generated office. */
    static final List<Place> PLACES = List.of(
            new Place("AZ", "Azerbaijan", "Asia/Baku", List.of("Baku", "Gəncə", "Sumqayıt"), AZERBAIJANI),
            new Place("TR", "Türkiye", "Europe/Istanbul", List.of("Ankara", "İstanbul", "İzmir"), TURKISH),
            new Place("RU", "Russian Federation", "Europe/Moscow", List.of("Moscow", "Saint Petersburg", "Kazan"), RUSSIAN),
            new Place("KZ", "Kazakhstan", "Asia/Almaty", List.of("Astana", "Almaty"), CENTRAL_ASIAN),
            new Place("UZ", "Uzbekistan", "Asia/Tashkent", List.of("Tashkent", "Samarkand"), CENTRAL_ASIAN),
            new Place("TJ", "Tajikistan", "Asia/Dushanbe", List.of("Dushanbe", "Khujand"), CENTRAL_ASIAN),
            new Place("IR", "Iran", "Asia/Tehran", List.of("Tehran", "Isfahan", "Mashhad"), PERSIAN),
            new Place("GE", "Georgia", "Asia/Tbilisi", List.of("Tbilisi", "Batumi"), EUROPEAN),
            new Place("KG", "Kyrgyzstan", "Asia/Bishkek", List.of("Bishkek", "Osh"), CENTRAL_ASIAN),
            new Place("TM", "Turkmenistan", "Asia/Ashgabat", List.of("Ashgabat"), CENTRAL_ASIAN),
            new Place("PK", "Pakistan", "Asia/Karachi", List.of("Islamabad", "Lahore"), PERSIAN),
            new Place("GB", "United Kingdom", "Europe/London", List.of("London", "Edinburgh"), EUROPEAN),
            new Place("DE", "Germany", "Europe/Berlin", List.of("Berlin", "Bonn", "München"), EUROPEAN),
            new Place("FR", "France", "Europe/Paris", List.of("Paris", "Strasbourg", "Lyon"), EUROPEAN),
            new Place("AT", "Austria", "Europe/Vienna", List.of("Vienna", "Salzburg"), EUROPEAN),
            new Place("NL", "Netherlands", "Europe/Amsterdam", List.of("The Hague", "Amsterdam"), EUROPEAN),
            new Place("CH", "Switzerland", "Europe/Zurich", List.of("Geneva", "Bern", "Zürich"), EUROPEAN),
            new Place("BY", "Belarus", "Europe/Minsk", List.of("Minsk"), RUSSIAN),
            new Place("UA", "Ukraine", "Europe/Kyiv", List.of("Kyiv", "Lviv"), RUSSIAN),
            new Place("AE", "United Arab Emirates", "Asia/Dubai", List.of("Abu Dhabi", "Dubai"), ARABIC),
            new Place("QA", "Qatar", "Asia/Qatar", List.of("Doha"), ARABIC),
            new Place("SA", "Saudi Arabia", "Asia/Riyadh", List.of("Riyadh", "Jeddah"), ARABIC),
            new Place("EG", "Egypt", "Africa/Cairo", List.of("Cairo", "Alexandria"), ARABIC),
            new Place("CN", "China", "Asia/Shanghai", List.of("Beijing", "Shanghai"), EAST_ASIAN),
            new Place("KR", "Korea, Republic of", "Asia/Seoul", List.of("Seoul", "Busan"), EAST_ASIAN),
            new Place("JP", "Japan", "Asia/Tokyo", List.of("Tokyo", "Kyoto"), EAST_ASIAN),
            new Place("HU", "Hungary", "Europe/Budapest", List.of("Budapest"), EUROPEAN),
            new Place("PL", "Poland", "Europe/Warsaw", List.of("Warsaw", "Kraków"), EUROPEAN),
            new Place("RO", "Romania", "Europe/Bucharest", List.of("Bucharest"), EUROPEAN),
            new Place("RS", "Serbia", "Europe/Belgrade", List.of("Belgrade"), EUROPEAN),
            new Place("GR", "Greece", "Europe/Athens", List.of("Athens"), EUROPEAN),
            new Place("IT", "Italy", "Europe/Rome", List.of("Rome", "Milan"), EUROPEAN),
            new Place("ES", "Spain", "Europe/Madrid", List.of("Madrid", "Barcelona"), EUROPEAN),
            new Place("US", "United States of America", "America/New_York", List.of("Washington", "New York"), EUROPEAN),
            new Place("BR", "Brazil", "America/Sao_Paulo", List.of("Brasília", "São Paulo"), EUROPEAN),
            new Place("MY", "Malaysia", "Asia/Kuala_Lumpur", List.of("Kuala Lumpur"), EAST_ASIAN));

    static final List<String> HONORIFICS = List.of("H.E.", "Mr", "Ms", "Dr", "Prof.", "Judge", "General");

    static final List<String> ORGANISATION_KINDS = List.of("prosecutors_office", "ministry",
            "international_organisation", "embassy", "court", "government", "law_enforcement", "other");

    static final List<String> ORGANISATION_SUBJECTS = List.of("Prosecutor General's Office", "Ministry of Justice",
            "Ministry of Foreign Affairs", "Ministry of Interior", "Supreme Court", "Constitutional Court",
            "Anti-Corruption Agency", "State Security Service", "Financial Intelligence Unit", "Bar Association",
            "Academy of Justice", "Customs Committee", "Investigative Committee", "Embassy");

    static final List<String> POST_TITLES = List.of("Prosecutor General", "Deputy Prosecutor General", "Minister",
            "Deputy Minister", "Ambassador", "Head of International Cooperation", "Chief Justice", "Director",
            "Head of Department", "Senior Adviser", "Counsellor", "Secretary General", "Chairman", "Legal Officer");

    static final List<String> TOPICS = List.of("Extradition", "Mutual legal assistance", "Cybercrime",
            "Asset recovery", "Anti-corruption", "Counter-terrorism", "Drug trafficking", "Money laundering",
            "Training of prosecutors", "Human trafficking", "Judicial reform", "Witness protection", "Digital evidence",
            "Juvenile justice", "Environmental crime", "Transfer of sentenced persons", "Exchange of information",
            "Organised crime", "Migration", "Financial investigations");

    static final List<String> EVENT_SERIES = List.of("IAP Annual Conference", "ECO Prosecutors General Meeting",
            "CIS Coordination Council", "OSCE Human Dimension Meeting", "UNODC Conference of the Parties",
            "Eurojust Strategic Meeting", "Baku Law Forum", "Caspian Legal Dialogue", "Silk Road Justice Summit",
            "Council of Europe Conference of Prosecutors");

    static final List<String> OUTCOME_KINDS = List.of("agreement", "decision", "invitation", "request",
            "document_signed", "information_exchanged");

    private Vocabulary() {
    }
}
