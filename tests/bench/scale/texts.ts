/**
 * Text blocks for the synthetic scale-benchmark content (see generate.ts). English is written as a
 * real lesson would be; Uzbek and Russian mirror it more loosely. Everything here must pass the
 * content check: no stigmatising words (content/STYLE.md), no phone numbers, no curly braces or
 * "<" in body text (MDX would read them as code), fictional names and `.example` addresses only.
 * Placeholders: {name} is a fictional first name, {n} the lesson number.
 */
export type Locale = 'en' | 'uz' | 'ru' | 'kk';
export type Topic = 'drugs' | 'cyber';
/** The languages written here; Uzbek Cyrillic is generated from Uzbek, as the site's is (src/lib/generated-language.ts). */
export const LOCALES: Locale[] = ['en', 'uz', 'ru', 'kk'];
export type SiteLocale = Locale | 'uz-cyrl';
/** Every language the benchmark's sites have: five, as the real site. */
export const SITE_LOCALES: SiteLocale[] = [...LOCALES, 'uz-cyrl'];
export const TOPICS: Topic[] = ['drugs', 'cyber'];

type PerTopic<T> = Record<Topic, T>;
/** [summary, what the reveal says] */
type Choice = [string, string];

export interface LocaleText {
	headings: { why: string; ways: string; ways1: string; ways2: string; ways3: string; scenario: string; norms: string; help: string };
	topicName: PerTopic<string>;
	subjects: PerTopic<string[]>;
	/** n: the lesson number, zero-padded. */
	title: (subject: string, n: string) => string;
	description: PerTopic<(n: number) => string>;
	objectives: PerTopic<string[]>;
	/** The lesson's searchTerms (the content check wants at least 3); the quiz gets them plus the word "quiz". */
	searchTerms: PerTopic<string[]> & { quiz: string };
	intro: PerTopic<string>;
	topicParagraphs: PerTopic<[string, string, string]>;
	reasons: PerTopic<string[]>;
	pool: string[];
	termSentence: (termTag: string) => string;
	tips: string[];
	aside: { title: string; text: string };
	illustrationAlt: PerTopic<string>;
	illustration: PerTopic<{ title: string; desc: string; lines: [string, string, string] }>;
	scenario: PerTopic<{ setup: string; choices: [Choice, Choice, Choice] }>;
	help: PerTopic<string[]>;
	helpOutro: string;
	checkYourself: string;
	related: string;
	teacherNotes: (n: number, topicName: string) => string;
	quiz: {
		title: (lessonTitle: string) => string;
		scenarioPrompt: PerTopic<string>;
		scenarioExplanation: string;
		single: PerTopic<{ prompt: string; options: [Choice, Choice, Choice]; explanation: string }>;
		multiple: PerTopic<{ prompt: string; options: [Choice, Choice, Choice, Choice]; explanation: string }>;
		trueFalse: PerTopic<{ prompt: string; ifTrue: string; ifFalse: string; explanation: string }>;
		matching: PerTopic<{ prompt: string; pairs: [Choice, Choice, Choice]; explanation: string }>;
		ordering: PerTopic<{ prompt: string; items: [string, string, string, string]; explanation: string }>;
		shortText: PerTopic<{ prompt: string; answers: string[]; correct: string; incorrect: string; explanation: string }>;
		numeric: { prompt: string; correct: string; incorrect: string; explanation: string };
	};
	/** Twelve base terms; generated term k uses base k % 12 and a number to stay unique. */
	glossary: [string, string][];
	glossaryTerm: (base: string, k: string) => string;
	course: {
		title: (c: number) => string;
		description: string;
		summary: string;
		prerequisites: string[];
		modules: [string, string[], string][];
		assessment: string;
	};
	/** Plain-site labels (tests/bench/scale/plain-site.ts). */
	plain: { lessons: string; quizzes: string; topics: string; objectives: string; keyTerms: string; sources: string; helpTitle: string; answer: string; question: string; forLesson: string; yes: string; no: string; countries: [string, string] };
}

const en: LocaleText = {
	headings: {
		why: 'What is going on?',
		ways: 'Ways to stay safe',
		ways1: 'Stop and think',
		ways2: 'Say no clearly',
		ways3: 'Get help early',
		scenario: 'What would you do?',
		norms: 'What most people really do',
		help: 'If something has already happened',
	},
	topicName: { drugs: 'Drug-use prevention', cyber: 'Cyber safety' },
	subjects: {
		drugs: ['Saying no at a party', 'Pressure in a group chat', 'Pills and energy drinks before exams', 'Helping a friend who feels pressured', 'Myths about what everyone does', 'Easy money offers to carry packages'],
		cyber: ['Links that ask for your password', 'Calls from a fake bank', 'Strangers who ask for photos', 'Shopping from unknown sellers', 'Keeping your accounts locked', 'Codes you must never share'],
	},
	title: (subject, n) => `${subject} (practice ${n})`,
	description: {
		drugs: (n) => `How to notice pressure, say no in your own words and ask a trusted adult for help. Practice lesson ${n}.`,
		cyber: (n) => `How to spot a fraud message or call, check it safely and what to do if something has already happened. Practice lesson ${n}.`,
	},
	objectives: {
		drugs: ['Recognise pressure to try something and where it comes from', 'Use at least two ways to say no and keep the friendship', 'Know when and how to ask a trusted adult for help'],
		cyber: ['Recognise a message or call that tries to rush you', 'Check a request through a channel you already trust', 'Know what to do and whom to tell if something has already happened'],
	},
	searchTerms: { drugs: ['saying no', 'peer pressure', 'asking for help'], cyber: ['online scam', 'password safety', 'fake message'], quiz: 'quiz' },
	intro: {
		drugs: 'Sometimes a friend, a classmate or someone online offers you something and makes it sound like no big deal. {name} has been there too, and at first did not know what to say. This lesson gives you simple words and moves for moments like that, so that you stay safe and keep the people you care about.',
		cyber: 'A message arrives that looks urgent: a prize, a problem with your card, a friend who suddenly needs money. {name} got one like this and almost answered straight away. This lesson shows how such messages work, how to slow down and check, and what to do if something has already gone wrong.',
	},
	topicParagraphs: {
		drugs: [
			'Most offers do not come from strangers in dark corners. They come from people you know: a classmate, an older cousin, someone at a birthday party or a contact in a group chat. Usually they are not trying to hurt you. They may not want to do it alone, they may think everyone does it, or someone may be pressuring them too. Knowing this makes a calm answer easier, because you are turning down the offer, not the person. Common reasons are:',
			'Getting help early is a skill too. If the same people keep pushing after you have said no, or you are worried about a friend, talk to an adult you trust: a parent, a teacher, the school psychologist or a coach. You do not need the perfect words. Saying "I need to talk about something" is enough to start.',
			'Research summarised by UNODC and WHO shows that young people usually think far more of their peers use drugs than really do. In fact, most young people do not use drugs. When you know the real picture, saying no stops feeling like being the odd one out: you are with the majority.',
		],
		cyber: [
			'Fraud messages and calls follow the same pattern again and again. They make you feel something strong, such as fear, excitement or pity, and then they rush you, so that you act before you think. They may use a familiar logo, a friend\'s hacked account or a voice that sounds official. Careful adults and experts are fooled too: it is not about being clever, it is about having a habit of checking. Warning signs are:',
			'Telling someone quickly is the most useful thing you can do. If you have clicked a link, shared a code or sent money, tell a parent or another adult you trust straight away, and contact your bank through the number on the back of the card or in its official app. Acting fast can stop the damage, and nobody who helps you will think less of you.',
			'Most people your age already do a few simple things that make fraud much harder: they use different passwords, they turn on two-step verification and they never share one-time codes. These habits take a few minutes to set up and protect you every day, even when you are tired or in a hurry.',
		],
	},
	reasons: {
		drugs: [
			"**They don't want to do it alone.** Company makes it feel less risky.",
			'**They think everyone does it.** Most young people do not.',
			'**They want to look grown-up,** and for that they need an audience.',
			'**Someone is pressuring them too,** and they pass it on.',
			'**Someone wants something from you,** such as carrying a package for "easy money".',
		],
		cyber: [
			'**It is urgent.** "Your account will be blocked in ten minutes."',
			'**It is too good to be true.** A prize, a discount or a job with easy money.',
			'**It asks for a code or a password.** No real service needs them.',
			'**A friend writes strangely.** Their account may have been taken over.',
			'**It asks you to keep it secret.** Real help never needs secrecy.',
		],
	},
	pool: [
		'Pressure can be loud or quiet. Sometimes someone laughs, repeats the same request or calls you boring. Sometimes nobody says anything at all, but you still feel that everyone is watching and waiting. Both kinds are normal to notice, and both get easier to handle when you have already thought about what you will say. Practising a few short answers at home, even in front of a mirror, makes them come out naturally when you need them.',
		'Your body often notices a problem before your head does. A tight stomach, a fast heartbeat or the wish to get it over with are signals worth listening to. When you feel them, slow down. Take a breath, look away from the screen or step back from the group, and give yourself a few seconds to think. Nobody makes a good decision in a hurry, and people who rush you usually know that.',
		'A good decision does not have to be perfect. Ask yourself three questions: what could happen next, is this really my choice, and what would I tell a friend in the same situation? If the answers make you uneasy, you already know enough to say no or to leave. You can always change your mind later and say yes to something safe, but some things are hard to undo.',
		'Friends who really care about you accept a no. They might be surprised for a moment, but a calm, friendly answer rarely ends a friendship. If someone keeps pushing after you have said no several times, that tells you something about them, not about you. It is fine to spend less time with people who do not respect your choices and more time with those who do.',
		'Talking to an adult is not the same as getting someone into trouble. Parents, teachers, school psychologists and coaches have seen these situations before and can help you think them through. If the first adult you try does not listen, try another one. You deserve to be taken seriously, and asking for help early is a sign of good judgement, not weakness.',
		'Helping a friend starts with listening. Find a quiet moment, say what you have noticed without blaming, and ask how they are. Try something like: "You seem different lately and I am worried. Do you want to talk?" You do not have to solve everything yourself. Your job is to be kind, to stay with them and to help them reach an adult who can do more.',
		'It helps to plan ahead for situations you know are coming: a party, a trip, a new group chat or an online game with strangers. Decide in advance what you will say, who you can call and how you will get home or log off. Agree on a code word with a parent, so that a single message means "please call me and get me out of here, no questions asked".',
		'Mistakes happen to everyone. If you have already said yes to something you regret, that does not make you a bad person, and it does not mean you have to say yes next time. What matters is what you do now: stop, tell someone you trust and use what you have learned. People who act quickly after a mistake usually limit the harm much better than those who hide it.',
	],
	termSentence: (tag) => `Words help here. ${tag} is one of the key ideas of this lesson, and the glossary explains it in two plain sentences.`,
	tips: [
		'Notice the feeling before you act.',
		'Take a breath and count to five.',
		'Ask yourself who gains if you say yes.',
		'"No thanks, I\'m good." Short and calm is enough.',
		'Repeat the same no, like a broken record.',
		'Suggest something else to do together.',
		'Tell a trusted adult the same day.',
		'Save the names of people you can call.',
		'Leaving is always allowed.',
	],
	aside: {
		title: 'Keep it friendly',
		text: 'Use the person\'s name and keep your voice calm: "Thanks, but no. Let\'s do something else." You are turning down the offer or the request, not the person. A joke works too, and so does blaming your parents.',
	},
	illustrationAlt: {
		drugs: 'Three friends at a party: one holds out a vape, one says "No thanks" and suggests getting cake, the third looks relieved.',
		cyber: 'A phone shows a message saying a card will be blocked; next to it a hand dials the number printed on the back of a bank card.',
	},
	illustration: {
		drugs: { title: 'Saying no at a party', desc: 'Three friends; one offers a vape, one refuses and suggests cake.', lines: ['Want to try?', 'No thanks, I am good.', 'Let us get some cake!'] },
		cyber: { title: 'A fake bank message', desc: 'A phone with a threatening message and a hand calling the number on the card.', lines: ['Your card will be blocked!', 'Do not click.', 'Call the number on the card.'] },
	},
	scenario: {
		drugs: {
			setup: 'It is Saturday and you are at a birthday party in a friend\'s flat. Someone you barely know takes out a vape and says there is "something special" in it: just for fun, everyone is trying it. Your friend {name} looks at you, unsure. Think about what you would do, then open each choice.',
			choices: [
				['A. Try it so nobody thinks you are boring.', 'Wanting to fit in is completely normal. But people notice a refusal much less than you think, and a few minutes later they have forgotten it. You also cannot tell what is inside a vape or a pill just by looking at it, and once you have said yes, the next offer is harder to turn down.'],
				['B. Say "No thanks, I\'m good" and ask {name} to come and get some cake.', 'Great choice. A clear no plus something else to do gives {name} an easy way out too. When one person says no, it often becomes easier for everyone else to do the same.'],
				['C. Say you have to go, leave, and call a parent to pick you up.', 'Also a strong choice, especially if the pressure keeps going or you do not feel safe. Leaving is not losing. If you can, take {name} with you or send a message, and tell a trusted adult about it afterwards.'],
			],
		},
		cyber: {
			setup: 'In the evening {name} gets a message that looks like it comes from a bank: there is a problem with the card, and it will be blocked unless the details are confirmed through a link to bank-check.example. A minute later someone calls and asks for the code that has just arrived by SMS. Think about what you would do, then open each choice.',
			choices: [
				['A. Read out the code quickly so the card is not blocked.', 'It is easy to act fast when you are scared, and that is exactly what the callers want. A real bank never asks for this code. With it, someone else can take money or log into the account.'],
				['B. Hang up, do not open the link, and call the bank using the number on the card.', 'Exactly right. Ending the call and checking through a channel you already trust stops the scam. Then tell a parent or another adult what happened.'],
				['C. Ask the caller to prove who they are.', 'Careful thinking, but fraudsters are well prepared and can sound very convincing. It is safer to hang up and call the bank yourself using the official number.'],
			],
		},
	},
	help: {
		drugs: [
			'**If someone keeps pushing after you have said no,** walk away and tell an adult you trust.',
			'**If you have already said yes to something you regret,** stop now and talk to someone. It is never too late.',
			'**If a friend is in trouble,** listen without judging and offer to go with them to an adult.',
			'**If someone seems very unwell or in danger,** call emergency help straight away and stay with them.',
		],
		cyber: [
			'**If you clicked a link or entered a password,** change the password from a device you trust and turn on two-step verification.',
			'**If you shared a code or card details,** call your bank at once using the official number and ask them to block the card.',
			'**If someone threatens you or asks for photos,** stop replying, keep the messages and tell an adult you trust.',
			"**If a friend's account acts strangely,** warn them through another channel, such as a phone call.",
		],
	},
	helpOutro: 'You do not have to deal with any of this alone. Talk to a parent, a teacher, the school psychologist or another adult you trust, and remember that the services below are there for you too.',
	checkYourself: 'Check yourself: take the quiz for this lesson',
	related: 'Another lesson on this topic',
	teacherNotes: (n, topicName) => `**About this lesson**

This lesson practises skills rather than frightening students: noticing pressure, saying no, checking before acting and asking for help. It works best as one session in a series. Avoid scare stories, shocking images and lecture-only formats, and use person-first language. This is practice lesson ${n} in the topic "${topicName}".

**Timing for a 45-minute lesson**

- 0–5 min: Warm-up. Ask what people say when they want someone to act quickly. Collect the lines on the board without naming anyone.
- 5–15 min: Read the first two sections together. Students add their own phrases in the words they really use.
- 15–30 min: Role-play in groups of three (see below).
- 30–38 min: The scenario. Students vote A, B or C, then open the reveals together and discuss.
- 38–43 min: What most people really do, and why it helps to know it.
- 43–45 min: The quiz, in class or as homework, and where to get help.

**Discussion questions**

1. Why can it be harder to say no to a friend than to a stranger?
2. Which way of saying no feels most natural to you, and when would you choose another one?
3. If a classmate says no and others laugh, what could you do to back them up?

**Activity: three roles, three rounds**

- Form groups of three: the person asking, the person refusing and the observer. Swap roles every four minutes.
- Give each group a situation card based on the scenario in this lesson.
- The observer notes what worked (words, tone of voice, eye contact) and gives one piece of positive feedback.
- Rules: no touching, no real stories about people in the class, and anyone may pass.

**Safeguarding**

Do not ask students about their own experiences. If a student tells you something worrying, thank them, talk privately after class and follow your school's safeguarding procedure. Check local support contacts before the lesson.`,
	quiz: {
		title: (lessonTitle) => `Check yourself: ${lessonTitle}`,
		scenarioPrompt: {
			drugs: 'At a party, someone offers you a vape with "something special" in it. What would you do?',
			cyber: 'A caller says your card will be blocked and asks for the code from an SMS. What would you do?',
		},
		scenarioExplanation: 'There is no single right answer here: what matters is that you have a plan, say no in a way that fits you, and tell someone you trust.',
		single: {
			drugs: {
				prompt: 'Someone keeps asking you to try something. What is a good first answer?',
				options: [
					['A long explanation of all your reasons.', 'You do not owe anyone a speech; long explanations invite arguments.'],
					['A short, calm no that you can repeat.', 'Right. Short and calm works, and you can repeat it as often as you need.'],
					['Pretend to agree and hope they forget.', 'Understandable, but the offer will come back and people think you said yes.'],
				],
				explanation: 'A short, calm no is a complete answer. Repeating it, like a broken record, ends the discussion faster than arguing.',
			},
			cyber: {
				prompt: 'A message says your account will be blocked unless you log in through a link. What is a good first step?',
				options: [
					['Open the link quickly, just to be safe.', 'The link is the trap: it may lead to a fake page that steals your password.'],
					['Do not use the link; open the official app or website yourself.', 'Right. Checking through a channel you already trust is the safest move.'],
					['Forward the message to all your friends.', 'Warning friends is kind, but forwarding the link spreads it. Tell them in your own words instead.'],
				],
				explanation: 'Urgent messages with links are a classic trick. Go to the service yourself, through its app or a saved address, and check there.',
			},
		},
		multiple: {
			drugs: {
				prompt: 'A friend keeps pushing after you said no. Which of these help? Choose all that apply.',
				options: [
					['Suggest something else to do together.', 'Yes. A new plan lets everyone move on.'],
					['Give in so they finally stop.', 'It is normal to want the pressure to end, but giving in teaches them that pushing works.'],
					['Leave and call a parent to pick you up.', 'Yes. Leaving is not losing; it is a smart move.'],
					['Talk to a trusted adult about it later.', 'Yes. An adult can help you decide what to do next.'],
				],
				explanation: 'Changing the plan, leaving and getting support all work. Real friends accept a no.',
			},
			cyber: {
				prompt: 'Which habits make your accounts harder to steal? Choose all that apply.',
				options: [
					['Turn on two-step verification.', 'Yes. Even a stolen password is then not enough.'],
					['Use the same password everywhere, so you do not forget it.', 'Easy to remember, but one leak then opens every account. A password manager or passphrases help.'],
					['Check unusual requests through a channel you trust.', 'Yes. A call to the real person or the official app stops most scams.'],
					['Tell an adult quickly if something went wrong.', 'Yes. Acting fast limits the damage.'],
				],
				explanation: 'Different passwords, two-step verification, checking and telling someone quickly protect you every day.',
			},
		},
		trueFalse: {
			drugs: {
				prompt: 'True or false: most young people your age use drugs.',
				ifTrue: 'Many people believe this, but it is a myth: most young people do not use drugs.',
				ifFalse: 'Correct. Most young people do not use drugs, so when you say no you are with the majority.',
				explanation: 'Young people tend to overestimate how common drug use is among their peers. Knowing the real picture makes saying no easier.',
			},
			cyber: {
				prompt: 'True or false: a real bank may ask you to read out the code from an SMS.',
				ifTrue: 'No. A real bank never asks for this code. Anyone who asks for it is trying to get into your account.',
				ifFalse: 'Correct. The code is only for you; nobody from a bank will ever ask for it.',
				explanation: 'One-time codes confirm that you, and only you, are acting. Never share them, whoever asks.',
			},
		},
		matching: {
			drugs: {
				prompt: 'Match each situation with a good response.',
				pairs: [
					['A friend keeps pushing after you said no', 'Repeat your no and leave'],
					['You are worried about a friend', 'Listen and offer to go to an adult together'],
					['Someone seems very unwell', 'Call emergency help and stay with them'],
				],
				explanation: 'Each situation has a calm, practical response. None of them needs you to handle it alone.',
			},
			cyber: {
				prompt: 'Match each situation with a good response.',
				pairs: [
					['A message asks for your password', 'Do not answer; log in through the official app'],
					['A friend asks for money in a chat', 'Call the friend to check'],
					['You shared a card code by mistake', 'Call the bank at once'],
				],
				explanation: 'Checking through another channel and acting fast are the two habits that stop most fraud.',
			},
		},
		ordering: {
			drugs: {
				prompt: 'Put these steps in a good order.',
				items: ['Notice the feeling and slow down', 'Think about what could happen next', 'Say no or leave', 'Tell a trusted adult'],
				explanation: 'Slow down, think, act, and then talk to someone: this order works in most pressure situations.',
			},
			cyber: {
				prompt: 'You get a suspicious message. Put these steps in a good order.',
				items: ['Stop and do not reply', 'Check through an official channel', 'Block and report the sender', 'Tell a trusted adult'],
				explanation: 'Stopping first gives you time; checking, blocking and telling someone then close the door on the scam.',
			},
		},
		shortText: {
			drugs: {
				prompt: 'What is the shortest complete answer to an offer you do not want? Write one word.',
				answers: ['no', 'no thanks'],
				correct: 'Yes: "no" is a complete answer. You do not have to explain it.',
				incorrect: 'The answer is "no". It is short, clear and complete.',
				explanation: 'You never owe anyone a reason for saying no.',
			},
			cyber: {
				prompt: 'With how many people should you share a one-time code from an SMS? Answer in one word.',
				answers: ['nobody', 'no one', 'none'],
				correct: 'Right: nobody, not even someone who says they are from your bank.',
				incorrect: 'The answer is nobody. One-time codes are only for you.',
				explanation: 'A one-time code is the last lock on your account. Keep it to yourself.',
			},
		},
		numeric: {
			prompt: 'Which number reaches emergency services in both Uzbekistan and Kazakhstan?',
			correct: 'Yes: 112 works in both countries. Say where you are and what happened.',
			incorrect: 'Not quite. The single emergency number in both countries is 112. It is also in the help box of the lesson.',
			explanation: 'When someone is in danger, call 112, say where you are and stay with them.',
		},
	},
	glossary: [
		['Peer pressure', 'The feeling that you should do something because people your age are doing it or pushing you to.'],
		['Refusal skills', 'Ways of saying no that keep you safe and keep the friendship, such as a clear no or leaving.'],
		['Social norms', 'Ideas about what most people do or think is normal. They are often wrong about risky behaviour.'],
		['Trusted adult', 'A grown-up you can talk to openly, such as a parent, teacher, coach or school psychologist.'],
		['Coping', 'The healthy ways you deal with stress, such as talking, moving, resting or asking for help.'],
		['Decision making', 'Stopping to think about the options and what could happen next before you act.'],
		['Phishing', 'Fake messages or websites that try to trick you into giving away passwords, codes or money.'],
		['One-time code', 'A short code sent to your phone to confirm that it is really you. Never share it.'],
		['Two-step verification', 'A second check, such as a code or an app, on top of your password when you log in.'],
		['Social engineering', 'Tricks that work on people rather than computers, such as fake urgency or pretending to be a bank.'],
		['Personal data', 'Information about you, such as your name, address, photos or card details.'],
		['Help-seeking', 'Asking someone for support when something feels wrong. It is a skill, not a weakness.'],
	],
	glossaryTerm: (base, k) => `${base} (${k})`,
	course: {
		title: (c) => `Practice course ${c}: skills for safer choices`,
		description: 'A short course for teachers that walks through a group of practice lessons: first as learners, then by leading the activity of each lesson with colleagues.',
		summary: 'School teachers and trainers who run prevention and cyber-safety lessons',
		prerequisites: ['No previous training in prevention is needed', 'A device with a browser to open the lessons'],
		modules: [
			['Pressure and saying no', ['Explain why people offer and how to say no calmly', 'Lead a role-play in groups of three'], 'Run the role-play from one lesson with the group and give feedback without shaming anyone.'],
			['Checking before acting', ['Show how to slow down and check a request', 'Explain why fraud works on careful people too'], 'Lead the "what would you do?" scenario of one lesson and discuss each choice.'],
			['Asking for help', ['Describe when and how to bring in a trusted adult', 'Point learners to the help block of each lesson'], 'Plan the last ten minutes of a lesson: the quiz and where to get help.'],
		],
		assessment: 'Participants take the quiz of every lesson in the course and lead one activity, observed by the trainer with a checklist.',
	},
	plain: { lessons: 'Lessons', quizzes: 'Quizzes', objectives: 'In this lesson you will learn to', keyTerms: 'Key terms', sources: 'Sources', helpTitle: 'Where to get help', answer: 'Answer', question: 'Question', topics: 'Topics', forLesson: 'Quiz for the lesson', yes: 'True', no: 'False', countries: ['Uzbekistan', 'Kazakhstan'] },
};

const ru: LocaleText = {
	headings: {
		why: 'Что происходит?',
		ways: 'Как защитить себя',
		ways1: 'Остановись и подумай',
		ways2: 'Скажи «нет» спокойно',
		ways3: 'Обращайся за помощью рано',
		scenario: 'Что бы ты сделал(а)?',
		norms: 'Как поступает большинство',
		help: 'Если что-то уже случилось',
	},
	topicName: { drugs: 'Профилактика употребления наркотиков', cyber: 'Кибербезопасность' },
	subjects: {
		drugs: ['Как отказаться на вечеринке', 'Давление в групповом чате', 'Таблетки и энергетики перед экзаменами', 'Как помочь другу под давлением', 'Мифы о том, что «все так делают»', 'Предложения лёгких денег за доставку'],
		cyber: ['Ссылки, которые просят пароль', 'Звонки от фальшивого банка', 'Незнакомцы, которые просят фото', 'Покупки у неизвестных продавцов', 'Как защитить свои аккаунты', 'Коды, которыми нельзя делиться'],
	},
	title: (subject, n) => `${subject} (занятие ${n})`,
	description: {
		drugs: (n) => `Как заметить давление, отказаться своими словами и попросить помощи у взрослого. Практическое занятие ${n}.`,
		cyber: (n) => `Как распознать мошенническое сообщение или звонок, проверить его и что делать, если что-то уже случилось. Практическое занятие ${n}.`,
	},
	objectives: {
		drugs: ['Замечать давление и понимать, откуда оно берётся', 'Использовать как минимум два способа отказаться и сохранить дружбу', 'Знать, когда и как попросить помощи у взрослого, которому доверяешь'],
		cyber: ['Узнавать сообщения и звонки, которые тебя торопят', 'Проверять просьбу через канал, которому ты уже доверяешь', 'Знать, что делать и кому сказать, если что-то уже случилось'],
	},
	searchTerms: { drugs: ['как отказаться', 'давление сверстников', 'попросить о помощи'], cyber: ['мошенничество в интернете', 'безопасный пароль', 'фальшивое сообщение'], quiz: 'тест' },
	intro: {
		drugs: 'Иногда друг, одноклассник или кто-то в интернете что-то предлагает и делает вид, что в этом нет ничего особенного. Такое бывает со многими, например с человеком по имени {name}: сначала было непонятно, что ответить. В этом уроке — простые слова и действия для таких моментов, чтобы ты оставался в безопасности и не терял друзей.',
		cyber: 'Приходит сообщение, которое выглядит срочным: приз, проблема с картой, друг, которому вдруг нужны деньги. Человек по имени {name} получил такое и чуть не ответил сразу. В этом уроке — как устроены такие сообщения, как притормозить и проверить и что делать, если что-то уже пошло не так.',
	},
	topicParagraphs: {
		drugs: [
			'Чаще всего предлагают не незнакомцы, а знакомые: одноклассник, старший брат друга, кто-то на дне рождения или в групповом чате. Обычно они не хотят тебе навредить. Им не хочется делать это в одиночку, они думают, что так делают все, или на них тоже давят. Когда ты это понимаешь, спокойно ответить легче: ты отказываешься от предложения, а не от человека. Частые причины:',
			'Просить о помощи рано — это тоже навык. Если после твоего отказа тебя продолжают уговаривать или ты переживаешь за друга, поговори со взрослым, которому доверяешь: с родителем, учителем, школьным психологом или тренером. Не нужно искать идеальные слова. Чтобы начать, достаточно сказать: «Мне нужно кое о чём поговорить».',
			'Исследования, обобщённые УНП ООН и ВОЗ, показывают: молодые люди обычно думают, что их сверстники употребляют наркотики намного чаще, чем на самом деле. На деле большинство молодых людей их не употребляет. Когда ты знаешь реальную картину, отказ перестаёт казаться странным: ты вместе с большинством.',
		],
		cyber: [
			'Мошеннические сообщения и звонки устроены по одной схеме. Сначала они вызывают сильное чувство — страх, радость или жалость, — а потом торопят, чтобы ты действовал, не подумав. Они используют знакомый логотип, взломанный аккаунт друга или официальный голос. Обмануть могут и внимательных взрослых, и специалистов: дело не в уме, а в привычке всё проверять. Тревожные признаки:',
			'Быстро рассказать кому-то — самое полезное, что можно сделать. Если ты перешёл по ссылке, сообщил код или отправил деньги, сразу скажи родителю или другому взрослому, которому доверяешь, и свяжись с банком по номеру на обороте карты или через официальное приложение. Быстрые действия могут остановить ущерб, и никто из тех, кто помогает, не будет думать о тебе хуже.',
			'Большинство твоих сверстников уже делает несколько простых вещей, которые сильно мешают мошенникам: у них разные пароли, включена двухэтапная проверка, и они никому не сообщают одноразовые коды. Эти привычки настраиваются за несколько минут и защищают каждый день, даже когда ты устал или спешишь.',
		],
	},
	reasons: {
		drugs: [
			'**Им не хочется делать это в одиночку.** В компании кажется, что риск меньше.',
			'**Они думают, что так делают все.** Большинство так не делает.',
			'**Они хотят казаться взрослыми,** и для этого им нужны зрители.',
			'**На них самих давят,** и они передают давление дальше.',
			'**Кому-то что-то нужно от тебя,** например отнести посылку за «лёгкие деньги».',
		],
		cyber: [
			'**Срочность.** «Через десять минут карта будет заблокирована».',
			'**Слишком хорошо, чтобы быть правдой.** Приз, скидка или работа с лёгкими деньгами.',
			'**Просьба назвать код или пароль.** Настоящим сервисам они не нужны.',
			'**Друг пишет странно.** Возможно, его аккаунт взломали.',
			'**Просьба держать всё в секрете.** Настоящая помощь не требует тайны.',
		],
	},
	pool: [
		'Давление бывает громким и тихим. Иногда над тобой смеются, повторяют одну и ту же просьбу или называют скучным. А иногда никто ничего не говорит, но тебе кажется, что все смотрят и ждут. Замечать и то и другое нормально, и справляться легче, если ты заранее продумал, что скажешь. Если потренироваться дома, хоть перед зеркалом, короткие ответы в нужный момент прозвучат естественно.',
		'Тело часто замечает проблему раньше головы. Сжатый живот, быстрое сердцебиение, желание поскорее с этим покончить — это сигналы, к которым стоит прислушаться. Когда ты их чувствуешь, притормози. Сделай вдох, отведи взгляд от экрана или отойди от компании и дай себе несколько секунд подумать. В спешке хорошее решение не принять, и те, кто тебя торопит, обычно это знают.',
		'Хорошее решение не обязано быть идеальным. Задай себе три вопроса: что может случиться дальше, действительно ли это мой выбор и что бы я посоветовал другу в такой же ситуации? Если от ответов становится не по себе, ты уже знаешь достаточно, чтобы отказаться или уйти. Передумать и согласиться на что-то безопасное можно и потом, а вот некоторые вещи исправить трудно.',
		'Друзья, которым ты правда дорог, принимают отказ. Они могут на секунду удивиться, но спокойный и дружелюбный ответ редко разрушает дружбу. Если кто-то продолжает давить после нескольких отказов, это говорит о нём, а не о тебе. Нормально проводить меньше времени с теми, кто не уважает твой выбор, и больше — с теми, кто уважает.',
		'Поговорить со взрослым — не значит кого-то подставить. Родители, учителя, школьные психологи и тренеры уже видели такие ситуации и могут помочь во всём разобраться. Если первый взрослый не выслушал, попробуй другого. Ты заслуживаешь, чтобы тебя воспринимали всерьёз, а раннее обращение за помощью — признак здравого смысла, а не слабости.',
		'Помощь другу начинается с умения слушать. Найди спокойный момент, без упрёков скажи, что ты заметил, и спроси, как у него дела. Например: «Ты в последнее время какой-то другой, я волнуюсь. Хочешь поговорить?» Тебе не нужно решать всё самому. Твоя задача — быть рядом, по-доброму, и помочь другу дойти до взрослого, который может сделать больше.',
		'Полезно заранее готовиться к ситуациям, которые можно предвидеть: вечеринке, поездке, новому групповому чату или онлайн-игре с незнакомцами. Реши заранее, что скажешь, кому можешь позвонить и как доберёшься домой или выйдешь из сети. Договорись с родителем о кодовом слове: одно сообщение будет значить «позвони и забери меня отсюда, без вопросов».',
		'Ошибаются все. Если ты уже согласился на что-то и жалеешь об этом, это не делает тебя плохим человеком и не значит, что в следующий раз нужно снова соглашаться. Важно, что ты делаешь сейчас: остановись, расскажи тому, кому доверяешь, и используй то, чему научился. Те, кто действует быстро после ошибки, обычно сильно уменьшают вред.',
	],
	termSentence: (tag) => `Здесь помогают точные слова. ${tag} — одно из ключевых понятий этого урока, его короткое определение есть в глоссарии.`,
	tips: [
		'Заметь чувство, прежде чем действовать.',
		'Сделай вдох и сосчитай до пяти.',
		'Спроси себя, кому выгодно твоё «да».',
		'«Нет, спасибо». Коротко и спокойно — этого достаточно.',
		'Повторяй одно и то же «нет», как заевшая пластинка.',
		'Предложи заняться чем-то другим вместе.',
		'Расскажи взрослому, которому доверяешь, в тот же день.',
		'Сохрани контакты людей, которым можно позвонить.',
		'Уйти можно всегда.',
	],
	aside: {
		title: 'Оставайся дружелюбным',
		text: 'Назови человека по имени и говори спокойно: «Спасибо, но нет. Давай лучше займёмся чем-нибудь другим». Ты отказываешься от предложения или просьбы, а не от человека. Шутка тоже подойдёт, как и ссылка на родителей.',
	},
	illustrationAlt: {
		drugs: 'Трое друзей на вечеринке: один протягивает вейп, другой говорит «Нет, спасибо» и зовёт за тортом, третий выглядит довольным.',
		cyber: 'На телефоне сообщение о блокировке карты; рядом рука набирает номер с обратной стороны банковской карты.',
	},
	illustration: {
		drugs: { title: 'Отказ на вечеринке', desc: 'Трое друзей; один предлагает вейп, другой отказывается и зовёт за тортом.', lines: ['Попробуешь?', 'Нет, спасибо.', 'Пойдём за тортом!'] },
		cyber: { title: 'Фальшивое сообщение от банка', desc: 'Телефон с пугающим сообщением и рука, набирающая номер с карты.', lines: ['Карта будет заблокирована!', 'Не переходи по ссылке.', 'Позвони по номеру на карте.'] },
	},
	scenario: {
		drugs: {
			setup: 'Суббота, ты на дне рождения в квартире друга. Малознакомый парень достаёт вейп и говорит, что в нём «кое-что особенное»: просто ради веселья, все пробуют. Твой друг {name} смотрит на тебя и не знает, что делать. Подумай, как бы ты поступил(а), а потом открой каждый вариант.',
			choices: [
				['A. Попробовать, чтобы никто не считал тебя скучным.', 'Хотеть быть своим — нормально. Но отказ замечают гораздо меньше, чем кажется, и через несколько минут о нём забывают. К тому же по виду нельзя понять, что на самом деле внутри вейпа или таблетки, а после первого «да» отказаться в следующий раз труднее.'],
				['B. Сказать «Нет, спасибо» и позвать друга с собой за тортом.', 'Отличный выбор. Чёткое «нет» и другое занятие дают и другу простой способ выйти из ситуации. Когда один человек отказывается, остальным часто становится легче сделать то же самое.'],
				['C. Сказать, что тебе пора, уйти и попросить родителя забрать тебя.', 'Тоже сильный выбор, особенно если давление не прекращается или тебе небезопасно. Уйти — не значит проиграть. Если можешь, возьми друга с собой или напиши ему, а потом расскажи обо всём взрослому, которому доверяешь.'],
			],
		},
		cyber: {
			setup: 'Вечером {name} получает сообщение будто бы от банка: с картой проблема, и её заблокируют, если не подтвердить данные по ссылке на bank-check.example. Через минуту звонят и просят назвать код, который только что пришёл в СМС. Подумай, как бы ты поступил(а), а потом открой каждый вариант.',
			choices: [
				['A. Быстро продиктовать код, чтобы карту не заблокировали.', 'Когда страшно, легко действовать быстро — именно этого и ждут звонящие. Настоящий банк никогда не просит этот код. С ним кто-то другой может снять деньги или войти в аккаунт.'],
				['B. Положить трубку, не открывать ссылку и позвонить в банк по номеру на карте.', 'Совершенно верно. Прервать разговор и проверить всё через канал, которому ты уже доверяешь, — так мошенничество и останавливается. Потом расскажи о случившемся родителю или другому взрослому.'],
				['C. Попросить звонящего доказать, кто он.', 'Разумная мысль, но мошенники хорошо готовятся и могут звучать очень убедительно. Безопаснее положить трубку и самому позвонить в банк по официальному номеру.'],
			],
		},
	},
	help: {
		drugs: [
			'**Если тебя продолжают уговаривать после отказа,** уйди и расскажи взрослому, которому доверяешь.',
			'**Если ты уже согласился на что-то и жалеешь,** остановись и поговори с кем-нибудь. Никогда не поздно.',
			'**Если у друга беда,** выслушай без осуждения и предложи вместе пойти к взрослому.',
			'**Если кому-то очень плохо или он в опасности,** сразу вызови экстренную помощь и оставайся рядом.',
		],
		cyber: [
			'**Если ты перешёл по ссылке или ввёл пароль,** смени пароль с надёжного устройства и включи двухэтапную проверку.',
			'**Если ты сообщил код или данные карты,** сразу позвони в банк по официальному номеру и попроси заблокировать карту.',
			'**Если тебе угрожают или просят фото,** перестань отвечать, сохрани сообщения и расскажи взрослому, которому доверяешь.',
			'**Если аккаунт друга ведёт себя странно,** предупреди его по другому каналу, например позвони.',
		],
	},
	helpOutro: 'Со всем этим не нужно справляться в одиночку. Поговори с родителем, учителем, школьным психологом или другим взрослым, которому доверяешь, и помни, что службы ниже тоже готовы помочь.',
	checkYourself: 'Проверь себя: пройди тест к этому уроку',
	related: 'Ещё один урок на эту тему',
	teacherNotes: (n, topicName) => `**Об уроке**

Этот урок тренирует навыки, а не пугает: замечать давление, отказываться, проверять, прежде чем действовать, и просить о помощи. Лучше всего он работает как одно занятие из серии. Избегайте страшилок, шокирующих картинок и лекций без участия учеников; говорите о людях, а не ярлыками. Это практическое занятие ${n} по теме «${topicName}».

**План на 45 минут**

- 0–5 мин: Разминка. Спросите, что говорят люди, когда хотят, чтобы кто-то действовал быстро. Запишите фразы на доске, никого не называя.
- 5–15 мин: Прочитайте первые два раздела вместе. Ученики добавляют свои фразы — те, что действительно говорят друзьям.
- 15–30 мин: Ролевая игра в тройках (см. ниже).
- 30–38 мин: Ситуация из урока. Ученики голосуют за A, B или C, затем вместе открывают ответы и обсуждают.
- 38–43 мин: Как поступает большинство и почему это важно знать.
- 43–45 мин: Тест в классе или дома и где получить помощь.

**Вопросы для обсуждения**

1. Почему другу отказать бывает труднее, чем незнакомцу?
2. Какой способ отказа тебе ближе всего и когда ты выберешь другой?
3. Если одноклассник отказался, а другие смеются, как его поддержать?

**Задание: три роли, три раунда**

- Разделите класс на тройки: тот, кто предлагает, тот, кто отказывается, и наблюдатель. Меняйтесь ролями каждые четыре минуты.
- Дайте каждой группе карточку с ситуацией по мотивам этого урока.
- Наблюдатель отмечает, что сработало (слова, тон, взгляд), и даёт один позитивный отзыв.
- Правила: без прикосновений, без реальных историй об одноклассниках, любой может пропустить ход.

**Безопасность учеников**

Не спрашивайте учеников об их собственном опыте. Если ученик рассказал что-то тревожное, поблагодарите его, поговорите наедине после урока и действуйте по процедуре вашей школы. Заранее проверьте местные контакты помощи.`,
	quiz: {
		title: (lessonTitle) => `Проверь себя: ${lessonTitle}`,
		scenarioPrompt: {
			drugs: 'На вечеринке тебе предлагают вейп, в котором «кое-что особенное». Что бы ты сделал(а)?',
			cyber: 'Звонящий говорит, что твою карту заблокируют, и просит код из СМС. Что бы ты сделал(а)?',
		},
		scenarioExplanation: 'Единственно правильного ответа здесь нет: важно иметь план, отказываться так, как удобно тебе, и рассказать тому, кому доверяешь.',
		single: {
			drugs: {
				prompt: 'Тебя всё время уговаривают что-то попробовать. Какой первый ответ хорош?',
				options: [
					['Длинное объяснение всех причин.', 'Ты никому не должен речей: длинные объяснения только вызывают спор.'],
					['Короткое спокойное «нет», которое можно повторить.', 'Верно. Коротко и спокойно — работает, и повторять можно сколько нужно.'],
					['Сделать вид, что согласен, и надеяться, что забудут.', 'Понятное желание, но предложение вернётся, а все решат, что ты согласился.'],
				],
				explanation: 'Короткое спокойное «нет» — полный ответ. Если повторять его, как заевшая пластинка, разговор закончится быстрее, чем в споре.',
			},
			cyber: {
				prompt: 'В сообщении сказано, что аккаунт заблокируют, если не войти по ссылке. Какой первый шаг хорош?',
				options: [
					['Быстро открыть ссылку, на всякий случай.', 'Ссылка и есть ловушка: она может вести на поддельную страницу, которая крадёт пароль.'],
					['Не трогать ссылку, а самому открыть официальное приложение или сайт.', 'Верно. Проверка через канал, которому ты уже доверяешь, — самый безопасный шаг.'],
					['Переслать сообщение всем друзьям.', 'Предупредить друзей — хорошая мысль, но пересылка распространяет ссылку. Лучше расскажи своими словами.'],
				],
				explanation: 'Срочные сообщения со ссылками — классический приём. Зайди в сервис сам, через приложение или сохранённый адрес, и проверь там.',
			},
		},
		multiple: {
			drugs: {
				prompt: 'Друг продолжает давить после твоего отказа. Что из этого поможет? Выбери все подходящие варианты.',
				options: [
					['Предложить заняться чем-то другим вместе.', 'Да. Новый план позволяет всем двигаться дальше.'],
					['Уступить, чтобы от тебя наконец отстали.', 'Хотеть, чтобы давление закончилось, нормально, но уступка учит, что давить работает.'],
					['Уйти и попросить родителя забрать тебя.', 'Да. Уйти — не значит проиграть, это умный ход.'],
					['Потом рассказать об этом взрослому, которому доверяешь.', 'Да. Взрослый поможет решить, что делать дальше.'],
				],
				explanation: 'Сменить план, уйти и получить поддержку — всё это работает. Настоящие друзья принимают отказ.',
			},
			cyber: {
				prompt: 'Какие привычки мешают украсть твои аккаунты? Выбери все подходящие варианты.',
				options: [
					['Включить двухэтапную проверку.', 'Да. Тогда даже украденного пароля недостаточно.'],
					['Везде использовать один пароль, чтобы не забыть.', 'Удобно, но одна утечка откроет все аккаунты. Помогут менеджер паролей или парольные фразы.'],
					['Проверять необычные просьбы через канал, которому доверяешь.', 'Да. Звонок настоящему человеку или официальное приложение останавливают большинство мошенничеств.'],
					['Быстро рассказать взрослому, если что-то пошло не так.', 'Да. Быстрые действия уменьшают ущерб.'],
				],
				explanation: 'Разные пароли, двухэтапная проверка, проверка просьб и быстрый рассказ взрослому защищают каждый день.',
			},
		},
		trueFalse: {
			drugs: {
				prompt: 'Правда или нет: большинство твоих сверстников употребляет наркотики.',
				ifTrue: 'Многие так думают, но это миф: большинство молодых людей наркотики не употребляет.',
				ifFalse: 'Верно. Большинство молодых людей наркотики не употребляет, так что, отказываясь, ты вместе с большинством.',
				explanation: 'Молодые люди обычно переоценивают, насколько распространено употребление среди сверстников. Реальная картина помогает отказываться.',
			},
			cyber: {
				prompt: 'Правда или нет: настоящий банк может попросить продиктовать код из СМС.',
				ifTrue: 'Нет. Настоящий банк никогда не просит этот код. Кто просит — пытается попасть в твой аккаунт.',
				ifFalse: 'Верно. Код только для тебя; сотрудник банка никогда его не попросит.',
				explanation: 'Одноразовые коды подтверждают, что действуешь ты, и только ты. Никому их не сообщай.',
			},
		},
		matching: {
			drugs: {
				prompt: 'Соедини каждую ситуацию с хорошим ответом.',
				pairs: [
					['Друг давит после твоего отказа', 'Повтори «нет» и уйди'],
					['Ты переживаешь за друга', 'Выслушай и предложи вместе пойти к взрослому'],
					['Кому-то очень плохо', 'Вызови экстренную помощь и оставайся рядом'],
				],
				explanation: 'На каждую ситуацию есть спокойный практичный ответ, и ни с одной не нужно справляться в одиночку.',
			},
			cyber: {
				prompt: 'Соедини каждую ситуацию с хорошим ответом.',
				pairs: [
					['Сообщение просит пароль', 'Не отвечай; войди через официальное приложение'],
					['Друг просит денег в чате', 'Позвони другу и проверь'],
					['Ты по ошибке сообщил код карты', 'Сразу позвони в банк'],
				],
				explanation: 'Проверка через другой канал и быстрые действия — две привычки, которые останавливают большинство мошенничеств.',
			},
		},
		ordering: {
			drugs: {
				prompt: 'Расставь шаги в хорошем порядке.',
				items: ['Заметить чувство и притормозить', 'Подумать, что может случиться дальше', 'Отказаться или уйти', 'Рассказать взрослому, которому доверяешь'],
				explanation: 'Притормозить, подумать, действовать, а потом поговорить с кем-то — такой порядок работает в большинстве ситуаций давления.',
			},
			cyber: {
				prompt: 'Тебе пришло подозрительное сообщение. Расставь шаги в хорошем порядке.',
				items: ['Остановиться и не отвечать', 'Проверить через официальный канал', 'Заблокировать отправителя и пожаловаться', 'Рассказать взрослому, которому доверяешь'],
				explanation: 'Остановка даёт время; проверка, блокировка и рассказ взрослому закрывают дверь мошенникам.',
			},
		},
		shortText: {
			drugs: {
				prompt: 'Какой самый короткий полный ответ на ненужное предложение? Напиши одно слово.',
				answers: ['нет', 'нет спасибо'],
				correct: 'Да: «нет» — полный ответ. Объяснять его не обязательно.',
				incorrect: 'Ответ — «нет». Коротко, ясно и полностью.',
				explanation: 'Ты никому не должен объяснять, почему отказываешься.',
			},
			cyber: {
				prompt: 'Кому можно сообщить одноразовый код из СМС? Ответь одним словом.',
				answers: ['никому', 'ни с кем'],
				correct: 'Верно: никому, даже тому, кто называет себя сотрудником банка.',
				incorrect: 'Ответ — никому. Одноразовые коды только для тебя.',
				explanation: 'Одноразовый код — последний замок на твоём аккаунте. Держи его при себе.',
			},
		},
		numeric: {
			prompt: 'По какому номеру можно вызвать экстренные службы и в Узбекистане, и в Казахстане?',
			correct: 'Да: 112 работает в обеих странах. Скажи, где ты и что случилось.',
			incorrect: 'Не совсем. Единый номер экстренных служб в обеих странах — 112. Он есть и в блоке помощи урока.',
			explanation: 'Если человек в опасности, позвони 112, скажи, где ты, и оставайся рядом.',
		},
	},
	glossary: [
		['Давление сверстников', 'Ощущение, что нужно что-то сделать, потому что так делают ровесники или уговаривают тебя.'],
		['Навыки отказа', 'Способы сказать «нет», которые сохраняют и безопасность, и дружбу, например чёткий отказ или уход.'],
		['Социальные нормы', 'Представления о том, что делает большинство. О рискованном поведении они часто ошибочны.'],
		['Взрослый, которому ты доверяешь', 'Взрослый, с которым можно открыто поговорить: родитель, учитель, тренер или школьный психолог.'],
		['Совладание со стрессом', 'Здоровые способы справляться со стрессом: разговор, движение, отдых или просьба о помощи.'],
		['Принятие решений', 'Умение остановиться и подумать о вариантах и последствиях, прежде чем действовать.'],
		['Фишинг', 'Поддельные сообщения или сайты, которые пытаются выманить пароли, коды или деньги.'],
		['Одноразовый код', 'Короткий код на телефон, который подтверждает, что это действительно ты. Никому его не сообщай.'],
		['Двухэтапная проверка', 'Вторая проверка при входе, например код или приложение, вдобавок к паролю.'],
		['Социальная инженерия', 'Приёмы, рассчитанные на людей, а не на компьютеры: ложная срочность или звонок якобы из банка.'],
		['Персональные данные', 'Сведения о тебе: имя, адрес, фотографии или данные карты.'],
		['Обращение за помощью', 'Умение попросить поддержки, когда что-то не так. Это навык, а не слабость.'],
	],
	glossaryTerm: (base, k) => `${base} (${k})`,
	course: {
		title: (c) => `Практический курс ${c}: навыки безопасного выбора`,
		description: 'Короткий курс для учителей: участники проходят группу практических уроков сначала как ученики, а затем сами проводят задание каждого урока с коллегами.',
		summary: 'Школьные учителя и тренеры, которые проводят уроки по профилактике и кибербезопасности',
		prerequisites: ['Подготовка в области профилактики не нужна', 'Устройство с браузером, чтобы открывать уроки'],
		modules: [
			['Давление и отказ', ['Объяснять, почему люди предлагают и как спокойно отказаться', 'Проводить ролевую игру в тройках'], 'Проведите ролевую игру из одного урока с группой и дайте отзыв, никого не стыдя.'],
			['Проверка перед действием', ['Показывать, как притормозить и проверить просьбу', 'Объяснять, почему мошенничество срабатывает и с внимательными людьми'], 'Проведите ситуацию «что бы ты сделал(а)?» из одного урока и обсудите каждый вариант.'],
			['Обращение за помощью', ['Описывать, когда и как подключать взрослого, которому доверяют', 'Показывать ученикам блок помощи в каждом уроке'], 'Спланируйте последние десять минут урока: тест и где получить помощь.'],
		],
		assessment: 'Участники проходят тесты всех уроков курса и проводят одно задание под наблюдением тренера по чек-листу.',
	},
	plain: { lessons: 'Уроки', quizzes: 'Тесты', objectives: 'На этом уроке ты научишься', keyTerms: 'Ключевые понятия', sources: 'Источники', helpTitle: 'Куда обратиться за помощью', answer: 'Ответ', question: 'Вопрос', topics: 'Темы', forLesson: 'Тест к уроку', yes: 'Правда', no: 'Неправда', countries: ['Узбекистан', 'Казахстан'] },
};

const uz: LocaleText = {
	headings: {
		why: 'Nima boʻlyapti?',
		ways: 'Oʻzingizni qanday himoya qilish mumkin',
		ways1: 'Toʻxtang va oʻylang',
		ways2: 'Xotirjam «yoʻq» deng',
		ways3: 'Yordamni erta soʻrang',
		scenario: 'Siz nima qilgan boʻlardingiz?',
		norms: 'Koʻpchilik aslida nima qiladi',
		help: 'Agar nimadir allaqachon sodir boʻlgan boʻlsa',
	},
	topicName: { drugs: 'Giyohvand moddalar isteʼmolining oldini olish', cyber: 'Kiberxavfsizlik' },
	subjects: {
		drugs: ['Bazmda «yoʻq» deyish', 'Umumiy chatdagi bosim', 'Imtihon oldidan tabletka va energetik ichimliklar', 'Bosim ostidagi doʻstga yordam', '«Hamma shunday qiladi» degan afsonalar', 'Posilka tashish uchun oson pul takliflari'],
		cyber: ['Parol soʻraydigan havolalar', 'Soxta bankdan qoʻngʻiroqlar', 'Rasm soʻraydigan notanishlar', 'Notanish sotuvchilardan xarid', 'Akkauntlaringizni himoya qilish', 'Hech kimga aytilmaydigan kodlar'],
	},
	title: (subject, n) => `${subject} (mashgʻulot ${n})`,
	description: {
		drugs: (n) => `Bosimni qanday payqash, oʻz soʻzlaringiz bilan «yoʻq» deyish va ishonchli kattadan yordam soʻrash. Amaliy dars ${n}.`,
		cyber: (n) => `Firibgarlik xabari yoki qoʻngʻiroqni qanday tanish, xavfsiz tekshirish va nimadir sodir boʻlgan boʻlsa nima qilish kerak. Amaliy dars ${n}.`,
	},
	objectives: {
		drugs: ['Biror narsani sinab koʻrish uchun bosimni va uning qayerdan kelishini payqash', 'Kamida ikki usulda «yoʻq» deyish va doʻstlikni saqlab qolish', 'Qachon va qanday qilib ishonchli kattadan yordam soʻrashni bilish'],
		cyber: ['Sizni shoshiltiradigan xabar yoki qoʻngʻiroqni tanish', 'Soʻrovni allaqachon ishonadigan kanalingiz orqali tekshirish', 'Nimadir sodir boʻlgan boʻlsa nima qilish va kimga aytishni bilish'],
	},
	searchTerms: { drugs: ['yoʻq deyish', 'tengdoshlar bosimi', 'yordam soʻrash'], cyber: ['internet firibgarligi', 'xavfsiz parol', 'soxta xabar'], quiz: 'test' },
	intro: {
		drugs: 'Baʼzan doʻstingiz, sinfdoshingiz yoki internetdagi kimdir sizga nimadir taklif qiladi va buni oddiy narsadek koʻrsatadi. {name} ham shunday vaziyatga tushgan va avvaliga nima deyishni bilmagan. Bu darsda shunday paytlar uchun oddiy gaplar va harakatlar bor: shunda siz xavfsiz qolasiz va yaqinlaringizni yoʻqotmaysiz.',
		cyber: 'Shoshilinch koʻrinadigan xabar keladi: sovrin, kartangizdagi muammo yoki toʻsatdan pul kerak boʻlib qolgan doʻst. {name} ham shunday xabar olgan va darhol javob berishiga oz qolgan. Bu darsda bunday xabarlar qanday ishlashi, qanday toʻxtab tekshirish va nimadir notoʻgʻri ketgan boʻlsa nima qilish kerakligi bor.',
	},
	topicParagraphs: {
		drugs: [
			'Koʻpincha taklifni qorongʻi burchakdagi notanish emas, balki tanish odamlar qiladi: sinfdosh, katta amakivachcha, tugʻilgan kundagi kimdir yoki umumiy chatdagi biror kishi. Odatda ular sizga yomonlik qilmoqchi emas. Yolgʻiz qilishni istamaydi, hamma shunday qiladi deb oʻylaydi yoki ularga ham bosim oʻtkazilyapti. Buni bilsangiz, xotirjam javob berish osonroq: siz odamni emas, taklifni rad etyapsiz. Koʻp uchraydigan sabablar:',
			'Yordamni erta soʻrash ham koʻnikma. Agar «yoʻq» deganingizdan keyin ham qistashda davom etishsa yoki doʻstingiz uchun xavotir olsangiz, ishonchli katta odam bilan gaplashing: ota-ona, oʻqituvchi, maktab psixologi yoki murabbiy. Mukammal soʻzlar shart emas. Boshlash uchun «Bir narsa haqida gaplashishim kerak» deyish kifoya.',
			'UNODC va JSST umumlashtirgan tadqiqotlar shuni koʻrsatadiki, yoshlar odatda tengdoshlari orasida giyohvand modda isteʼmol qiladiganlar haqiqatdagidan ancha koʻp deb oʻylaydi. Aslida yoshlarning koʻpchiligi giyohvand modda isteʼmol qilmaydi. Haqiqiy manzarani bilsangiz, rad etish gʻalati tuyulmaydi: siz koʻpchilik bilan birgasiz.',
		],
		cyber: [
			'Firibgarlik xabarlari va qoʻngʻiroqlari doim bir xil sxema boʻyicha ishlaydi. Avval kuchli his uygʻotadi: qoʻrquv, quvonch yoki achinish, keyin esa oʻylab olishingizdan oldin harakat qilishingiz uchun shoshiltiradi. Tanish logotip, doʻstning buzilgan akkaunti yoki rasmiy ovozdan foydalanishi mumkin. Ehtiyotkor kattalar va mutaxassislar ham aldanadi: gap aqlda emas, tekshirish odatida. Ogohlantiruvchi belgilar:',
			'Darhol kimgadir aytish eng foydali ish. Agar havolani bosgan, kodni aytgan yoki pul yuborgan boʻlsangiz, darhol ota-onangizga yoki boshqa ishonchli kattaga ayting va bankka karta orqasidagi raqam yoki rasmiy ilova orqali murojaat qiling. Tez harakat zararni toʻxtatishi mumkin va sizga yordam beradiganlar siz haqingizda yomon oʻylamaydi.',
			'Tengdoshlaringizning koʻpchiligi firibgarlarga ancha xalaqit beradigan bir necha oddiy ishni allaqachon qiladi: turli parollardan foydalanadi, ikki bosqichli tasdiqlashni yoqadi va bir martalik kodlarni hech kimga aytmaydi. Bu odatlarni sozlash bir necha daqiqa oladi va charchagan yoki shoshayotgan paytingizda ham har kuni himoya qiladi.',
		],
	},
	reasons: {
		drugs: [
			'**Yolgʻiz qilishni istamaydi.** Birga boʻlsa, xavf kamroqdek tuyuladi.',
			'**Hamma shunday qiladi deb oʻylaydi.** Koʻpchilik unday qilmaydi.',
			'**Katta koʻrinishni xohlaydi,** buning uchun esa tomoshabin kerak.',
			'**Unga ham bosim oʻtkazilyapti,** u esa buni boshqalarga oʻtkazadi.',
			'**Kimgadir sizdan nimadir kerak,** masalan «oson pul» uchun posilka tashish.',
		],
		cyber: [
			'**Shoshilinch.** «Kartangiz oʻn daqiqadan keyin bloklanadi».',
			'**Haddan tashqari yaxshi.** Sovrin, chegirma yoki oson pulli ish.',
			'**Kod yoki parol soʻraydi.** Haqiqiy xizmatlarga ular kerak emas.',
			'**Doʻst gʻalati yozyapti.** Uning akkaunti buzilgan boʻlishi mumkin.',
			'**Sir saqlashni soʻraydi.** Haqiqiy yordam sir talab qilmaydi.',
		],
	},
	pool: [
		'Bosim baland yoki jim boʻlishi mumkin. Baʼzan ustingizdan kulishadi, bir xil iltimosni takrorlashadi yoki sizni zerikarli deyishadi. Baʼzan esa hech kim hech narsa demaydi, lekin hamma sizga qarab kutayotgandek tuyuladi. Ikkalasini ham payqash normal va nima deyishingizni oldindan oʻylab qoʻysangiz, ular bilan kurashish osonlashadi. Uyda, hatto koʻzgu oldida mashq qilsangiz, qisqa javoblar kerak paytda tabiiy chiqadi.',
		'Tana muammoni koʻpincha boshdan oldin sezadi. Qorin siqilishi, yurak tez urishi yoki tezroq tugatish istagi tinglashga arziydigan belgilar. Ularni sezsangiz, sekinlashing. Nafas oling, ekrandan koʻzingizni oling yoki davradan bir qadam chetga chiqing va oʻylash uchun oʻzingizga bir necha soniya bering. Shoshilib yaxshi qaror qabul qilib boʻlmaydi va sizni shoshiltirayotganlar buni odatda biladi.',
		'Yaxshi qaror mukammal boʻlishi shart emas. Oʻzingizga uchta savol bering: keyin nima boʻlishi mumkin, bu haqiqatan mening tanlovimmi va shu vaziyatdagi doʻstimga nima degan boʻlardim? Javoblar sizni bezovta qilsa, «yoʻq» deyish yoki ketish uchun yetarlicha bilasiz. Keyinroq fikringizni oʻzgartirib, xavfsiz narsaga «ha» deyishingiz mumkin, lekin baʼzi narsalarni tuzatish qiyin.',
		'Sizni chindan qadrlaydigan doʻstlar «yoʻq»ni qabul qiladi. Ular bir lahza hayron boʻlishi mumkin, lekin xotirjam va samimiy javob doʻstlikni kamdan-kam buzadi. Agar kimdir bir necha marta «yoʻq» deganingizdan keyin ham qistasa, bu siz haqingizda emas, u haqida gapiradi. Tanlovingizni hurmat qilmaydiganlar bilan kamroq, hurmat qiladiganlar bilan koʻproq vaqt oʻtkazish normal.',
		'Katta odam bilan gaplashish kimnidir muammoga qoʻyish degani emas. Ota-onalar, oʻqituvchilar, maktab psixologlari va murabbiylar bunday vaziyatlarni oldin koʻrgan va ularni birga oʻylab chiqishga yordam bera oladi. Birinchi murojaat qilgan katta odam tinglamasa, boshqasiga murojaat qiling. Siz jiddiy qabul qilinishga loyiqsiz va yordamni erta soʻrash zaiflik emas, aql belgisi.',
		'Doʻstga yordam tinglashdan boshlanadi. Tinch vaqtni toping, ayblamasdan nimani payqaganingizni ayting va ahvolini soʻrang. Masalan: «Soʻnggi paytda boshqacha boʻlib qolding, xavotirdaman. Gaplashamizmi?» Hamma narsani oʻzingiz hal qilishingiz shart emas. Sizning vazifangiz mehribon boʻlish, yonida boʻlish va unga koʻproq yordam bera oladigan kattaga yetib borishiga yordam berish.',
		'Oldindan biladigan vaziyatlarga tayyorlanish foydali: bazm, sayohat, yangi umumiy chat yoki notanishlar bilan onlayn oʻyin. Nima deyishingizni, kimga qoʻngʻiroq qilishingiz mumkinligini va uyga qanday qaytishingiz yoki tarmoqdan chiqishingizni oldindan hal qiling. Ota-onangiz bilan maxfiy soʻz kelishib oling: bitta xabar «qoʻngʻiroq qilib, meni bu yerdan olib keting, savol bermasdan» degan maʼnoni bildirsin.',
		'Xatoga hamma yoʻl qoʻyadi. Agar allaqachon nimagadir «ha» deb afsuslanayotgan boʻlsangiz, bu sizni yomon odam qilmaydi va keyingi safar ham «ha» deyishingiz kerak degani emas. Muhimi hozir nima qilishingiz: toʻxtang, ishonchli odamga ayting va oʻrganganlaringizdan foydalaning. Xatodan keyin tez harakat qilganlar uni yashirganlardan koʻra zararni ancha yaxshi kamaytiradi.',
	],
	termSentence: (tag) => `Bu yerda aniq soʻzlar yordam beradi. ${tag} bu darsning asosiy tushunchalaridan biri, uning qisqa taʼrifi lugʻatda bor.`,
	tips: [
		'Harakat qilishdan oldin hissingizni payqang.',
		'Nafas oling va beshgacha sanang.',
		'Sizning «ha»ingizdan kim foyda koʻrishini oʻylang.',
		'«Yoʻq, rahmat». Qisqa va xotirjam javob yetarli.',
		'Bir xil «yoʻq»ni qayta-qayta takrorlang.',
		'Birga boshqa ish qilishni taklif qiling.',
		'Oʻsha kuniyoq ishonchli kattaga ayting.',
		'Qoʻngʻiroq qilish mumkin boʻlgan odamlarni saqlab qoʻying.',
		'Ketish har doim mumkin.',
	],
	aside: {
		title: 'Samimiy boʻling',
		text: 'Odamni ismi bilan chaqiring va xotirjam gapiring: «Rahmat, lekin yoʻq. Yaxshisi boshqa ish qilaylik». Siz odamni emas, taklif yoki iltimosni rad etyapsiz. Hazil ham, ota-onangizni bahona qilish ham yaxshi ish beradi.',
	},
	illustrationAlt: {
		drugs: 'Bazmdagi uch doʻst: biri veyp uzatmoqda, ikkinchisi «Yoʻq, rahmat» deb tort yeyishga chaqirmoqda, uchinchisi yengil tortgan.',
		cyber: 'Telefonda karta bloklanishi haqida xabar; yonida qoʻl bank kartasi orqasidagi raqamni termoqda.',
	},
	illustration: {
		drugs: { title: 'Bazmda «yoʻq» deyish', desc: 'Uch doʻst; biri veyp taklif qilmoqda, ikkinchisi rad etib tort yeyishga chaqirmoqda.', lines: ['Sinab koʻrasanmi?', 'Yoʻq, rahmat.', 'Yur, tort yeymiz!'] },
		cyber: { title: 'Soxta bank xabari', desc: 'Qoʻrqituvchi xabarli telefon va kartadagi raqamni terayotgan qoʻl.', lines: ['Kartangiz bloklanadi!', 'Havolani bosmang.', 'Kartadagi raqamga qoʻngʻiroq qiling.'] },
	},
	scenario: {
		drugs: {
			setup: 'Shanba kuni siz doʻstingizning uyidagi tugʻilgan kun bazmidasiz. Deyarli tanimaydigan yigit veyp chiqarib, ichida «alohida narsa» borligini aytadi: shunchaki qiziqish uchun, hamma sinab koʻryapti. Doʻstingiz {name} ikkilanib sizga qaraydi. Nima qilgan boʻlardingiz, oʻylab koʻring, keyin har bir variantni oching.',
			choices: [
				['A. Hech kim zerikarli demasligi uchun sinab koʻrish.', 'Davraga moslashishni xohlash mutlaqo normal. Lekin rad etishni odamlar siz oʻylagandan ancha kam payqaydi va bir necha daqiqadan keyin unutadi. Bundan tashqari, veyp yoki tabletka ichida nima borligini koʻrinishidan bilib boʻlmaydi, bir marta «ha» desangiz, keyingi taklifni rad etish qiyinroq.'],
				['B. «Yoʻq, rahmat» deb, {name}ni tort yeyishga chaqirish.', 'Ajoyib tanlov. Aniq «yoʻq» va boshqa mashgʻulot {name}ga ham oson chiqish yoʻlini beradi. Bir kishi «yoʻq» desa, boshqalarga ham shunday qilish osonlashadi.'],
				['C. Ketishim kerak deb, chiqib ketish va ota-onani chaqirish.', 'Bu ham kuchli tanlov, ayniqsa bosim davom etsa yoki oʻzingizni xavfsiz his qilmasangiz. Ketish yutqazish emas. Iloji boʻlsa, {name}ni ham olib keting yoki xabar yozing, keyin bu haqda ishonchli kattaga ayting.'],
			],
		},
		cyber: {
			setup: 'Kechqurun {name} bankdan kelgandek koʻrinadigan xabar oladi: kartada muammo bor va maʼlumotlar bank-check.example havolasi orqali tasdiqlanmasa, u bloklanadi. Bir daqiqadan keyin kimdir qoʻngʻiroq qilib, hozirgina SMSda kelgan kodni soʻraydi. Nima qilgan boʻlardingiz, oʻylab koʻring, keyin har bir variantni oching.',
			choices: [
				['A. Karta bloklanmasligi uchun kodni tezda aytish.', 'Qoʻrqqanda tez harakat qilish oson, qoʻngʻiroq qiluvchilar aynan shuni kutadi. Haqiqiy bank bu kodni hech qachon soʻramaydi. U bilan boshqa odam pul yechishi yoki akkauntga kirishi mumkin.'],
				['B. Goʻshakni qoʻyish, havolani ochmaslik va kartadagi raqam orqali bankka qoʻngʻiroq qilish.', 'Mutlaqo toʻgʻri. Suhbatni toʻxtatib, allaqachon ishonadigan kanal orqali tekshirish firibgarlikni toʻxtatadi. Keyin boʻlgan voqeani ota-onangizga yoki boshqa kattaga ayting.'],
				['C. Qoʻngʻiroq qiluvchidan kimligini isbotlashni soʻrash.', 'Oʻylangan fikr, lekin firibgarlar yaxshi tayyorlanadi va juda ishonarli gapirishi mumkin. Goʻshakni qoʻyib, bankka rasmiy raqam orqali oʻzingiz qoʻngʻiroq qilish xavfsizroq.'],
			],
		},
	},
	help: {
		drugs: [
			'**Agar «yoʻq» deganingizdan keyin ham qistashsa,** ketib qoling va ishonchli kattaga ayting.',
			'**Agar allaqachon nimagadir «ha» deb afsuslanayotgan boʻlsangiz,** hozir toʻxtang va kimdir bilan gaplashing. Hech qachon kech emas.',
			'**Agar doʻstingiz qiyin ahvolda boʻlsa,** ayblamasdan tinglang va kattaga birga borishni taklif qiling.',
			'**Agar kimdir juda yomon ahvolda yoki xavf ostida boʻlsa,** darhol tez yordam chaqiring va yonida qoling.',
		],
		cyber: [
			'**Agar havolani bosgan yoki parol kiritgan boʻlsangiz,** ishonchli qurilmadan parolni oʻzgartiring va ikki bosqichli tasdiqlashni yoqing.',
			'**Agar kod yoki karta maʼlumotlarini aytgan boʻlsangiz,** darhol rasmiy raqam orqali bankka qoʻngʻiroq qiling va kartani bloklashni soʻrang.',
			'**Agar sizga tahdid qilishsa yoki rasm soʻrashsa,** javob bermang, xabarlarni saqlang va ishonchli kattaga ayting.',
			'**Agar doʻstingizning akkaunti gʻalati ishlasa,** uni boshqa kanal orqali, masalan qoʻngʻiroq qilib ogohlantiring.',
		],
	},
	helpOutro: 'Bularning hech biri bilan yolgʻiz kurashishingiz shart emas. Ota-onangiz, oʻqituvchingiz, maktab psixologi yoki boshqa ishonchli katta odam bilan gaplashing va quyidagi xizmatlar ham siz uchun borligini unutmang.',
	checkYourself: 'Oʻzingizni tekshiring: bu dars testini yeching',
	related: 'Shu mavzudagi yana bir dars',
	teacherNotes: (n, topicName) => `**Dars haqida**

Bu dars qoʻrqitmaydi, koʻnikmalarni mashq qildiradi: bosimni payqash, «yoʻq» deyish, harakatdan oldin tekshirish va yordam soʻrash. U bir qator mashgʻulotlardan biri sifatida eng yaxshi ishlaydi. Qoʻrqinchli hikoyalar, shok rasmlar va faqat maʼruzadan iborat formatlardan qoching, odamlar haqida yorliqlarsiz gapiring. Bu «${topicName}» mavzusidagi ${n}-amaliy dars.

**45 daqiqalik dars rejasi**

- 0–5 daq: Kirish. Odamlar kimnidir shoshiltirmoqchi boʻlganda nima deyishini soʻrang. Gaplarni hech kimning ismini aytmasdan doskaga yozing.
- 5–15 daq: Birinchi ikki boʻlimni birga oʻqing. Oʻquvchilar doʻstlariga haqiqatan aytadigan iboralarini qoʻshadi.
- 15–30 daq: Uch kishilik guruhlarda rolli oʻyin (pastga qarang).
- 30–38 daq: Darsdagi vaziyat. Oʻquvchilar A, B yoki C uchun ovoz beradi, keyin javoblarni birga ochib muhokama qiladi.
- 38–43 daq: Koʻpchilik aslida nima qiladi va buni bilish nega muhim.
- 43–45 daq: Sinfda yoki uyda test va qayerdan yordam olish mumkin.

**Muhokama uchun savollar**

1. Nega doʻstga «yoʻq» deyish notanishga qaraganda qiyinroq boʻlishi mumkin?
2. «Yoʻq» deyishning qaysi usuli sizga eng tabiiy tuyuladi va qachon boshqasini tanlaysiz?
3. Sinfdoshingiz «yoʻq» desa-yu, boshqalar kulsa, uni qanday qoʻllab-quvvatlash mumkin?

**Mashq: uch rol, uch bosqich**

- Uch kishilik guruhlar tuzing: taklif qiluvchi, rad etuvchi va kuzatuvchi. Har toʻrt daqiqada rollarni almashtiring.
- Har bir guruhga shu darsdagi vaziyat asosidagi kartochka bering.
- Kuzatuvchi nima ish berganini (soʻzlar, ovoz ohangi, nigoh) belgilaydi va bitta ijobiy fikr bildiradi.
- Qoidalar: tegmaslik, sinfdagi odamlar haqida haqiqiy hikoyalar aytmaslik, istagan kishi navbatini oʻtkazib yuborishi mumkin.

**Oʻquvchilar xavfsizligi**

Oʻquvchilardan shaxsiy tajribasi haqida soʻramang. Agar oʻquvchi tashvishli narsa aytsa, unga rahmat ayting, darsdan keyin alohida gaplashing va maktabingiz tartibiga amal qiling. Dars oldidan mahalliy yordam kontaktlarini tekshiring.`,
	quiz: {
		title: (lessonTitle) => `Oʻzingizni tekshiring: ${lessonTitle}`,
		scenarioPrompt: {
			drugs: 'Bazmda sizga ichida «alohida narsa» bor veyp taklif qilishdi. Nima qilgan boʻlardingiz?',
			cyber: 'Qoʻngʻiroq qiluvchi kartangiz bloklanishini aytib, SMSdagi kodni soʻrayapti. Nima qilgan boʻlardingiz?',
		},
		scenarioExplanation: 'Bu yerda yagona toʻgʻri javob yoʻq: muhimi rejangiz boʻlishi, oʻzingizga mos tarzda «yoʻq» deyishingiz va ishonchli odamga aytishingiz.',
		single: {
			drugs: {
				prompt: 'Sizni doim nimadir sinab koʻrishga qistashyapti. Qaysi birinchi javob yaxshi?',
				options: [
					['Barcha sabablaringizni uzundan-uzoq tushuntirish.', 'Hech kimga nutq soʻzlashingiz shart emas: uzun tushuntirish bahsga sabab boʻladi.'],
					['Takrorlash mumkin boʻlgan qisqa, xotirjam «yoʻq».', 'Toʻgʻri. Qisqa va xotirjam javob ish beradi, uni kerak boʻlganicha takrorlash mumkin.'],
					['Rozi boʻlgandek koʻrinib, unutishlarini kutish.', 'Tushunarli, lekin taklif qaytib keladi va hamma sizni «ha» degan deb oʻylaydi.'],
				],
				explanation: 'Qisqa, xotirjam «yoʻq» toʻliq javob. Uni qayta-qayta takrorlash bahslashishdan koʻra suhbatni tezroq tugatadi.',
			},
			cyber: {
				prompt: 'Xabarda havola orqali kirmasangiz, akkauntingiz bloklanishi aytilgan. Qaysi birinchi qadam yaxshi?',
				options: [
					['Har ehtimolga qarshi havolani tezda ochish.', 'Havolaning oʻzi tuzoq: u parolingizni oʻgʻirlaydigan soxta sahifaga olib borishi mumkin.'],
					['Havolani ishlatmasdan, rasmiy ilova yoki saytni oʻzingiz ochish.', 'Toʻgʻri. Allaqachon ishonadigan kanal orqali tekshirish eng xavfsiz qadam.'],
					['Xabarni barcha doʻstlarga yuborish.', 'Doʻstlarni ogohlantirish yaxshi, lekin yuborish havolani tarqatadi. Yaxshisi oʻz soʻzlaringiz bilan ayting.'],
				],
				explanation: 'Havolali shoshilinch xabarlar klassik hiyla. Xizmatga ilova yoki saqlangan manzil orqali oʻzingiz kiring va oʻsha yerda tekshiring.',
			},
		},
		multiple: {
			drugs: {
				prompt: '«Yoʻq» deganingizdan keyin ham doʻstingiz qistayapti. Quyidagilardan qaysilari yordam beradi? Mos keladiganlarning barchasini tanlang.',
				options: [
					['Birga boshqa ish qilishni taklif qilish.', 'Ha. Yangi reja hammaga davom etish imkonini beradi.'],
					['Nihoyat tinch qoʻyishlari uchun rozi boʻlish.', 'Bosim tugashini xohlash normal, lekin rozi boʻlish ularga qistash ish berishini oʻrgatadi.'],
					['Ketish va ota-onani chaqirish.', 'Ha. Ketish yutqazish emas, aqlli qadam.'],
					['Keyin bu haqda ishonchli kattaga aytish.', 'Ha. Katta odam keyin nima qilishni hal qilishga yordam beradi.'],
				],
				explanation: 'Rejani oʻzgartirish, ketish va yordam olish — hammasi ish beradi. Haqiqiy doʻstlar «yoʻq»ni qabul qiladi.',
			},
			cyber: {
				prompt: 'Qaysi odatlar akkauntlaringizni oʻgʻirlashni qiyinlashtiradi? Mos keladiganlarning barchasini tanlang.',
				options: [
					['Ikki bosqichli tasdiqlashni yoqish.', 'Ha. Shunda oʻgʻirlangan parol ham yetarli boʻlmaydi.'],
					['Unutmaslik uchun hamma joyda bir xil paroldan foydalanish.', 'Qulay, lekin bitta sizib chiqish barcha akkauntlarni ochadi. Parol menejeri yoki parol iboralari yordam beradi.'],
					['Gʻalati soʻrovlarni ishonchli kanal orqali tekshirish.', 'Ha. Haqiqiy odamga qoʻngʻiroq yoki rasmiy ilova koʻp firibgarlikni toʻxtatadi.'],
					['Nimadir notoʻgʻri ketsa, darhol kattaga aytish.', 'Ha. Tez harakat zararni kamaytiradi.'],
				],
				explanation: 'Turli parollar, ikki bosqichli tasdiqlash, tekshirish va tezda aytish sizni har kuni himoya qiladi.',
			},
		},
		trueFalse: {
			drugs: {
				prompt: 'Toʻgʻrimi yoki notoʻgʻrimi: tengdoshlaringizning koʻpchiligi giyohvand modda isteʼmol qiladi.',
				ifTrue: 'Koʻpchilik shunday deb oʻylaydi, lekin bu afsona: yoshlarning koʻpchiligi giyohvand modda isteʼmol qilmaydi.',
				ifFalse: 'Toʻgʻri. Yoshlarning koʻpchiligi giyohvand modda isteʼmol qilmaydi, shuning uchun «yoʻq» deganda siz koʻpchilik bilan birgasiz.',
				explanation: 'Yoshlar tengdoshlari orasida isteʼmol qanchalik keng tarqalganini odatda oshirib baholaydi. Haqiqiy manzara «yoʻq» deyishni osonlashtiradi.',
			},
			cyber: {
				prompt: 'Toʻgʻrimi yoki notoʻgʻrimi: haqiqiy bank SMSdagi kodni aytib berishni soʻrashi mumkin.',
				ifTrue: 'Yoʻq. Haqiqiy bank bu kodni hech qachon soʻramaydi. Uni soʻragan odam akkauntingizga kirmoqchi.',
				ifFalse: 'Toʻgʻri. Kod faqat siz uchun; bank xodimi uni hech qachon soʻramaydi.',
				explanation: 'Bir martalik kodlar aynan siz harakat qilayotganingizni tasdiqlaydi. Kim soʻrasa ham, ularni aytmang.',
			},
		},
		matching: {
			drugs: {
				prompt: 'Har bir vaziyatni yaxshi javob bilan moslang.',
				pairs: [
					['«Yoʻq» deganingizdan keyin ham doʻstingiz qistayapti', '«Yoʻq»ni takrorlang va keting'],
					['Doʻstingiz uchun xavotirdasiz', 'Tinglang va kattaga birga borishni taklif qiling'],
					['Kimdir juda yomon ahvolda', 'Tez yordam chaqiring va yonida qoling'],
				],
				explanation: 'Har bir vaziyatga xotirjam, amaliy javob bor va hech biri bilan yolgʻiz kurashishingiz shart emas.',
			},
			cyber: {
				prompt: 'Har bir vaziyatni yaxshi javob bilan moslang.',
				pairs: [
					['Xabar parolingizni soʻrayapti', 'Javob bermang; rasmiy ilova orqali kiring'],
					['Doʻstingiz chatda pul soʻrayapti', 'Doʻstingizga qoʻngʻiroq qilib tekshiring'],
					['Karta kodini adashib aytib qoʻydingiz', 'Darhol bankka qoʻngʻiroq qiling'],
				],
				explanation: 'Boshqa kanal orqali tekshirish va tez harakat qilish koʻp firibgarlikni toʻxtatadigan ikki odat.',
			},
		},
		ordering: {
			drugs: {
				prompt: 'Qadamlarni toʻgʻri tartibga qoʻying.',
				items: ['Hissni payqab, sekinlashish', 'Keyin nima boʻlishi mumkinligini oʻylash', '«Yoʻq» deyish yoki ketish', 'Ishonchli kattaga aytish'],
				explanation: 'Sekinlashish, oʻylash, harakat qilish va keyin kimdir bilan gaplashish: bu tartib koʻp bosim vaziyatlarida ish beradi.',
			},
			cyber: {
				prompt: 'Sizga shubhali xabar keldi. Qadamlarni toʻgʻri tartibga qoʻying.',
				items: ['Toʻxtash va javob bermaslik', 'Rasmiy kanal orqali tekshirish', 'Yuboruvchini bloklash va shikoyat qilish', 'Ishonchli kattaga aytish'],
				explanation: 'Toʻxtash vaqt beradi; tekshirish, bloklash va kattaga aytish firibgarlarga eshikni yopadi.',
			},
		},
		shortText: {
			drugs: {
				prompt: 'Kerak boʻlmagan taklifga eng qisqa toʻliq javob qanday? Bitta soʻz yozing.',
				answers: ['yoʻq', 'yoq', 'yoʻq rahmat'],
				correct: 'Ha: «yoʻq» toʻliq javob. Uni tushuntirishingiz shart emas.',
				incorrect: 'Javob «yoʻq». Qisqa, aniq va toʻliq.',
				explanation: 'Nega «yoʻq» deyayotganingizni hech kimga tushuntirishingiz shart emas.',
			},
			cyber: {
				prompt: 'SMSdagi bir martalik kodni kimga aytish mumkin? Qisqa javob yozing.',
				answers: ['hech kimga', 'hech kim'],
				correct: 'Toʻgʻri: hech kimga, hatto oʻzini bank xodimi deb tanishtirgan odamga ham.',
				incorrect: 'Javob: hech kimga. Bir martalik kodlar faqat siz uchun.',
				explanation: 'Bir martalik kod akkauntingizdagi oxirgi qulf. Uni oʻzingizda saqlang.',
			},
		},
		numeric: {
			prompt: 'Oʻzbekistonda ham, Qozogʻistonda ham favqulodda xizmatlarga qaysi raqam orqali murojaat qilinadi?',
			correct: 'Ha: 112 ikkala mamlakatda ham ishlaydi. Qayerdaligingizni va nima boʻlganini ayting.',
			incorrect: 'Unchalik emas. Ikkala mamlakatdagi yagona favqulodda raqam — 112. U darsdagi yordam blokida ham bor.',
			explanation: 'Kimdir xavf ostida boʻlsa, 112 ga qoʻngʻiroq qiling, qayerdaligingizni ayting va yonida qoling.',
		},
	},
	glossary: [
		['Tengdoshlar bosimi', 'Tengdoshlaringiz shunday qilayotgani yoki sizni qistayotgani uchun nimadir qilishingiz kerakdek tuyulishi.'],
		['Rad etish koʻnikmalari', 'Xavfsizlikni ham, doʻstlikni ham saqlaydigan «yoʻq» deyish usullari, masalan aniq rad javobi yoki ketish.'],
		['Ijtimoiy meʼyorlar', 'Koʻpchilik nima qilishi haqidagi tasavvurlar. Xavfli xatti-harakat haqida ular koʻpincha notoʻgʻri.'],
		['Ishonchli katta odam', 'Ochiq gaplasha oladigan katta: ota-ona, oʻqituvchi, murabbiy yoki maktab psixologi.'],
		['Qiyinchilik bilan kurashish', 'Stress bilan sogʻlom kurashish usullari: gaplashish, harakat, dam olish yoki yordam soʻrash.'],
		['Qaror qabul qilish', 'Harakat qilishdan oldin toʻxtab, variantlar va oqibatlar haqida oʻylash.'],
		['Fishing', 'Parol, kod yoki pulni aldab olishga urinadigan soxta xabarlar yoki saytlar.'],
		['Bir martalik kod', 'Bu haqiqatan siz ekaningizni tasdiqlash uchun telefonga keladigan qisqa kod. Uni hech kimga aytmang.'],
		['Ikki bosqichli tasdiqlash', 'Kirishda paroldan tashqari ikkinchi tekshiruv, masalan kod yoki ilova.'],
		['Ijtimoiy muhandislik', 'Kompyuterga emas, odamga qaratilgan hiylalar: soxta shoshilinchlik yoki bank nomidan qoʻngʻiroq.'],
		['Shaxsiy maʼlumotlar', 'Siz haqingizdagi maʼlumotlar: ism, manzil, rasmlar yoki karta maʼlumotlari.'],
		['Yordam soʻrash', 'Nimadir notoʻgʻri boʻlganda koʻmak soʻrash. Bu zaiflik emas, koʻnikma.'],
	],
	glossaryTerm: (base, k) => `${base} (${k})`,
	course: {
		title: (c) => `Amaliy kurs ${c}: xavfsiz tanlov koʻnikmalari`,
		description: 'Oʻqituvchilar uchun qisqa kurs: ishtirokchilar bir guruh amaliy darslarni avval oʻquvchi sifatida oʻtadi, keyin har bir darsning mashqini hamkasblari bilan oʻzi olib boradi.',
		summary: 'Profilaktika va kiberxavfsizlik darslarini oʻtkazadigan maktab oʻqituvchilari va treningchilar',
		prerequisites: ['Profilaktika boʻyicha oldingi tayyorgarlik shart emas', 'Darslarni ochish uchun brauzerli qurilma'],
		modules: [
			['Bosim va «yoʻq» deyish', ['Odamlar nega taklif qilishini va qanday xotirjam rad etishni tushuntirish', 'Uch kishilik guruhlarda rolli oʻyin oʻtkazish'], 'Bir darsdagi rolli oʻyinni guruh bilan oʻtkazing va hech kimni uyaltirmasdan fikr bildiring.'],
			['Harakatdan oldin tekshirish', ['Qanday sekinlashib, soʻrovni tekshirishni koʻrsatish', 'Firibgarlik nega ehtiyotkor odamlarga ham taʼsir qilishini tushuntirish'], 'Bir darsdagi «nima qilgan boʻlardingiz?» vaziyatini oʻtkazing va har bir variantni muhokama qiling.'],
			['Yordam soʻrash', ['Ishonchli kattani qachon va qanday jalb qilishni tushuntirish', 'Oʻquvchilarga har bir darsdagi yordam blokini koʻrsatish'], 'Darsning oxirgi oʻn daqiqasini rejalashtiring: test va qayerdan yordam olish.'],
		],
		assessment: 'Ishtirokchilar kursdagi barcha darslar testlarini yechadi va treningchi kuzatuvi ostida chek-list boʻyicha bitta mashqni olib boradi.',
	},
	plain: { lessons: 'Darslar', quizzes: 'Testlar', objectives: 'Bu darsda siz oʻrganasiz', keyTerms: 'Asosiy tushunchalar', sources: 'Manbalar', helpTitle: 'Qayerdan yordam olish mumkin', answer: 'Javob', question: 'Savol', topics: 'Mavzular', forLesson: 'Dars testi', yes: 'Toʻgʻri', no: 'Notoʻgʻri', countries: ['Oʻzbekiston', 'Qozogʻiston'] },
};

/**
 * Kazakh pages carry the Russian blocks (Cyrillic text of the same length and structure): the
 * benchmark measures build time, which depends on how much there is, not on which language it is.
 */
export const TEXT: Record<Locale, LocaleText> = { en, uz, ru, kk: ru };
/** A site language's texts; Uzbek Cyrillic's labels on the plain site are Uzbek's (its pages are generated). */
export const siteText = (locale: SiteLocale): LocaleText => TEXT[locale === 'uz-cyrl' ? 'uz' : locale];

/** Fictional first names common in Uzbekistan and Kazakhstan (content/STYLE.md, section 5). */
export const NAMES = ['Dilnoza', 'Timur', 'Madina', 'Aziz', 'Aigerim', 'Bekzod', 'Zarina', 'Nurlan', 'Gulnara', 'Sardor', 'Kamila', 'Daniyar'];

export const SOURCES = {
	drugs: [
		{ title: 'International Standards on Drug Use Prevention, 2nd ed.', publisher: 'UNODC and WHO', year: 2018, url: 'https://www.unodc.org/unodc/fr/prevention/prevention-standards.html' },
		{ title: 'Position paper on fear-based approaches in prevention', publisher: 'European Society for Prevention Research (EUSPR)', year: 2019, url: 'https://euspr.org/2019/10/22/position-euspr-on-harmful-approaches/' },
	],
	cyber: [
		{ title: 'Cyber Aware', publisher: 'National Cyber Security Centre (UK)', year: 2020, url: 'https://www.ncsc.gov.uk/cyberaware/home' },
		{ title: 'Secure Our World', publisher: 'Cybersecurity and Infrastructure Security Agency (CISA), USA', year: 2023, url: 'https://cisa.gov/news-events/news/cisa-and-international-partners-starting-global-movement-secure-our-world' },
	],
};
