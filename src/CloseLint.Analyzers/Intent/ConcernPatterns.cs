namespace CloseLint.Intent;

/// <summary>
/// Recognizes an invitation to name a doubt about the candidate. Three things must meet: a doubt or shortfall
/// ("concern", "gives you pause", "where I fall short", "too junior", "out of my depth"), the candidate as its
/// subject ("my background", "me", "I'd") once the speaker's own frame ("I'm curious", "let me know") is set aside,
/// and an invitation (a question, or a request such as "I'd welcome any feedback"). Doubts about the team, product
/// or budget, the candidate's own worries ("I was nervous about the on-call") and neutral invitations ("anything
/// else you'd like to know about me?") are not concern questions.
/// </summary>
internal static class ConcernPatterns
{
    private static readonly PatternSet Doubt = PatternSet.Words(
        "concern(s|ed|ing)?|hesita(nt|nce|ncy|tion|tions|te|ting)|reservations?|pause|worr(y|ies|ied|ying|isome)|gaps?|weak(ness|nesses|er|est)?|red ?-?flags?" +
        "|shortfalls?|shortcomings?|fall(s|ing)? (short|flat|down)|fell (short|flat)|come(s)? up short|risks?|risky|doubts?|doubtful|doubting|unsure|uncertain(ty|ties)?|uneasy" +
        "|unconvinced|unimpressed|underwhelm(ed|ing)?|on the fence|umming|ambivalen(t|ce)|qualms?|hang-?ups?|cold feet|alarm bells|black marks?|marks? against|objections?" +
        "|not (yet |fully |quite |entirely |totally |100% |completely |really )?(convinced|sure|certain|confident|comfortable|sold|impressed|happy|ready|right|up to|cut out|the right|strong enough|experienced enough|senior enough|enough)" +
        "|hold(s|ing)? (you|anyone|the panel|the team|them|the committee|the board|me|my application) back|held (you|them|me) back|think twice|second thoughts|second-guess\\w*" +
        "|put(s|ting)? (you|anyone|the panel|them) off|count(s|ed)? against|work(s|ing)? against|against me|weigh(s)? against|lack(s|ing)?|missing|mismatch|sticking points?" +
        "|drawbacks?|downsides?|negatives?|minus(es)?|hurdles?|obstacles?|in (the|my) way|stand(s|ing)? (between|in the way)|keep(s|ing)? you from|stop(s|ping)? you (from )?(hiring|offering|choosing|picking|recommending|saying)" +
        "|prevent(s|ing)? you|problem(s|atic)?|issues?|deal ?-?breakers?|reluctan(t|ce)|misgivings?|apprehensi(ve|on|ons)|s[kc]eptic(al|ism)?|question marks?|wary|bother(s|ed|ing)?" +
        "|less (competitive|suited|qualified|of a fit|obvious|strong|likely|ideal|sure|certain|convinced|enthusiastic|keen|than)|least (sure|convinced|confident|impressed|happy)" +
        "|(better|stronger|more qualified|more experienced|safer) (candidates?|fit|option|match|applicants?|choice|bet|pick)|(someone|somebody) (else|stronger|better|more)|anyone (stronger|better|more)" +
        "|go (with|for) (someone|another|somebody|the other|a different)|lean(ing|s)? (towards|toward) (another|someone|the other|a different)|prefer (someone|another|the other)" +
        "|underqualified|overqualified|out of my depth|in over my head|thin|light on|short on|too (much|big|little|few|slow|fast|far|long|early|soon|junior|senior|young|old|green|new|inexperienced|experienced|expensive|academic|narrow|specialised|specialized|quiet|big a|much of a|great a|large a)" +
        "|stretch|nervous|iffy|wrestl(e|ing)|pick holes|pull me up|clash|unhappy|disappoint(ed|ing|ment)?|let (you|anyone|the team) down|didn't sit well|sit right|surpris(e|ed|ing)" +
        "|give (you|anyone|the panel) pause|gives? you pause|make (you|anyone) (hesitate|wonder|question|pause|doubt|say no|pass)|say no|pass on me|turn me down|rule me out|reject" +
        "|(hoping|expecting|wanting|looking|needing) to (see|hear) .{0,80}(didn't|did not|haven't|have not|weren't|wasn't|not)|expected .{0,40}(didn't|did not|haven't|weren't|wasn't)" +
        "|see more of|(want|like|need) (to see )?more (evidence|proof|experience)|raise (any |some |a few )?(questions|eyebrows|concerns|flags)" +
        "|not (a|the) (right |good |strong |great |best |ideal |obvious )?(fit|match|pick|choice|person|candidate|hire)|not (quite )?(match|fit|meet|suit|align|line up)" +
        "|(won't|wouldn't|might not|may not|doesn't|does not|don't|do not|couldn't|can't|cannot|not) (be a |quite )?(fit|match|suit|work out|measure up|meet|cope|manage|handle|adapt|settle|keep up|take direction|be ready|hack it|make it|fit in|thrive|succeed|last|stick|work|be right)" +
        "|(wouldn't|won't|not|wouldn't want to|didn't) (pick|choose|hire|select|offer|recommend|shortlist) me|reasons? (you|not to|why you|to not|to pass|against)" +
        "|(i|i'd|i would|i might|i could|i'll|i will|me) (\\w+ )?(struggle|find (it |that |things )?(hard|difficult|tough))" +
        "|(should|could|can|need to|must|ought to|have to|would need to) (address|clear up|work on|improve|fix|change|strengthen|develop|brush up|build|prove|brush|polish|sharpen)|clear (that |it |anything )?up" +
        "|(i|me|my (\\w+ )?(experience|background|profile|skills|application|candidacy|record)) (compare|compares|compared|stack up|stacks up|measure up|measures up|rank|ranks|sit|sits|shape up)" +
        "|compared? (to|with) (the )?(other|rest of the|another|someone)|(other|another|the other) (candidates?|applicants?|finalists?|people)|others (have|bring|offer)|behind (the )?others" +
        "|(have|bring|offer|had) (that|which) i (don't|do not|lack|haven't)|(i|i'm|i am) (behind|weaker|less)|advantage over me|better than me|ahead of me|edge over me" +
        "|(feel|be|feeling|be more) (more |fully |completely |totally )?(confident|comfortable|sure|certain) (in|about|with|hiring|bringing|that i|i('d| would| could| can))|more comfortable" +
        "|convince(d)? you|convinced (yet|enough|by me|that i)|not (yet )?convinced|affect (your|the|how you) (view|decision|opinion|thinking|judgement|judgment|assessment|chances|see)|how sure|wondering about|unusual|change about me|(need|have) to change" +
        "|(doesn't|does not|don't|didn't|isn't|aren't|wouldn't|won't) (quite |really |fully )?(match|fit|meet|suit|align|line up|measure up|add up|stack up)|(want|like|need) me to (address|clear up|speak to)" +
        "|enough|sufficient|insufficient|disadvantage|stumbling blocks?|niggles?|(poke|pick) holes|weigh(ing)? (me )?up|mulling|cut it|cut the mustard|up to scratch|up to (it|the job|the task)|uncomfortable|set me back|put me behind|(hurt|harm|damage|dent|lower|reduce)(s)? my (chances|application|candidacy|odds)|needs? (the most |more |some )?work|furthest|farthest|(didn't|did not|doesn't|does not|won't|wouldn't|might not|may not) (land|translate|transfer|carry over)|look(s|ed)? (bad|odd|strange|weird|unusual|worrying|concerning|risky)|(a bit|too|quite|rather|a little|very) (light|thin|weak|short|green|junior|narrow)|put your mind at (ease|rest)|how (confident|sure|comfortable|convinced|reassured|certain) (are|were|would) you|(not|isn't|no'|wasn't) quite (what|right)|(weren't|wasn't|not|aren't|isn't) (happy|satisfied|sold|keen) (with|about)|(would|will|might|could|'d|do|did|make you) (\\w+ ){0,2}question|(strengthen|bolster|improve) my|i (couldn't|can't|wouldn't|won't|might not|may not|mightn't) |(i'd|i would|i) need to (grow|develop|improve|learn|work on|get better|upskill)|not be (a|the|the right|a good|a strong|right)|(wouldn't|won't|might not|not) be (a |the )?(strong |good |great |right |best )?(fit|match|choice|pick)|rank (me|my)|against the (rest|others|other)|criticism|critique|(areas?|room) (for|to|of) (improve|improvement|growth|development|develop)" +
        "|worrys|i('d| would| could) (\\w+ )?(cope|keep up|hack it|handle it|manage it|be able to (cope|keep up|handle|manage))|lean(ing|s)? (towards|toward)|the wrong way|friction|warning (signs?|bells)|(do you think|would you say|are you confident|are you sure|are you convinced) i('d| would| could| can| will| am|'m)? (\\w+ )?(cope|manage|handle|keep up|fit in|settle|adapt|be able|be ready|be up to|hack|have what)|too \\w+|limited|limitation|limiting|push ?back|reassur(e|ance|ed|ing)|(bugs|bugging) you|defend|justify|(fit|match|enough|ready|right|good enough) or (not|nah|no)|second look|another look|closer look|(have|had|having) (any )?(trouble|difficulty|difficulties)|my \\w+ (compare|compares|stack up|stacks up|measure up|measures up)|lose (marks|points)|mark me down|(hoping|expecting|wanting) (i'd|i would|me to|to see|to hear) .{0,80}(didn't|did not|haven't|have not|not)|(don't|do not|didn't|did not) think i|dig into|probe|otherwise|(you'd|you would|youd) (\\w+ )?change|(choose|pick|hire|go with|prefer) (someone|somebody|another|the other)|missing" +
        "|stop(s|ping)? you (from )?(moving forward|going ahead|progressing)");

    private static readonly PatternSet Candidate = PatternSet.Words(
        "me|my|myself|mine|i|i'm|i've|i'd|i'll|not having|having (only|never|not|just|mostly)|coming from|candidacy|candidature|application|r[eé]sum[eé]s?|cvs?|profile|portfolio|hiring me|someone like me|the candidate" +
        "|another candidate|someone else|somebody else|our (conversation|chat|interview|discussion|meeting)|fact that i");

    /// <summary>The speaker's frame around a question: it names the speaker but not the subject of the doubt.</summary>
    private static readonly PatternSet Frame = PatternSet.Words(
        "i('m| am| was) (just |really |also |genuinely |a (bit|little) )?(curious|wondering|interested to (know|hear|understand))" +
        "|i (just |really )?wonder(ed)?|i('d| would) (also |really |just |genuinely |much )?(like|love|want|welcome|appreciate|value|be (interested|curious|keen|glad|grateful|happy)|rather) (to (ask|know|hear|understand|learn|get)|your|any|hearing|knowing|know|hear)?" +
        "|(can|could|may|might) i ask|if i (may|might|could|can) ask|let me ask|i want(ed)? to (ask|check|know|hear)|i('ll| will) ask|i('m| am) (happy|glad|keen|open) to (hear|know)" +
        "|before i (go|leave|wrap up|finish|head out|forget)|(one|a) (more |last |final )?(thing|question) (i('d| would) (like|love) to ask|before i go)" +
        "|(let|letting) me know|tell me|i('d| would) ask|i('d| would) (like|love) to (hear|know)|do you think|would you say|in your (view|opinion|eyes)|be honest( with me)?");

    private static readonly PatternSet Invitation = PatternSet.Words(
        "let me know|tell me|(please|kindly|do|just) (share|tell|let|flag|say|be|point|mention|raise)|(wanted|want) to ask|ask(ing)? (whether|if)|say the word|i('d| would) (much |really |genuinely )?(welcome|appreciate|value|love|like|be (grateful|glad|happy|keen|interested|curious)|rather)" +
        "|i('m| am) (\\w+ )?(curious|wondering|keen|eager|open|interested)|i (just )?wonder|wondering (if|whether|what)|feel free|say if|say so" +
        "|(happy|glad|keen|eager|want|like|love|able|chance|opportunity) to (address|discuss|clear|talk (it |that |them )?(through|about)|speak to|hear|know|answer|respond|ease|put your mind|tackle|deal with)" +
        "|be (honest|candid|frank|straight|blunt|brutal)|honest(ly)? (feedback|opinion|take|answer)|open to (hearing|feedback)|(can|could|would|will) you (share|tell|let|say|point|flag|walk|be)" +
        "|want to (know|hear|make sure|understand)|better to (know|hear)|(do|does) not hesitate to|(don't|do not) hold back" +
        "|i was (\\w+ )?(wondering|curious|hoping)|i('d| would) (\\w+ )?(be )?(\\w+ )?(grateful|glad|happy|obliged|thankful)|(chance|opportunity) to (voice|raise|share|air|mention|bring up)|raise (any|anything)|talk me through|walk me through|enquire|inquire|wished to (ask|know)|i('d| would) (just |really |also )?like to (check|know|hear|ask|make sure)|fire away|ask away|say so");

    /// <summary>A question inside an unpunctuated run-on ("... ive got my ticket is there anything that worries you ...").</summary>
    private static readonly PatternSet EmbeddedQuestion = PatternSet.Words(
        "(is|are) there (any|anything|something)|do you have any|would you have any|does anything|is anything|would anything|could anything" +
        "|does (that|this|it) (\\w+ )?(put|worry|bother|concern|count|hold|affect|matter)|anything (you|that|which)");

    /// <summary>The candidate's own worry ("I was nervous about the on-call"): it names a doubt but invites none.</summary>
    private static readonly PatternSet OwnDoubt = PatternSet.Words(
        "i('m| am| was| had been|'d been| have been|'ve been| felt| feel)? (a (bit|little|tad) |slightly |somewhat |initially |honestly |really )?(concerned|worried|nervous|unsure|hesitant|anxious|apprehensive|wary)" +
        "|i (had|have) (a few |some |one |a couple of |my )?(concerns|worries|reservations|doubts|questions)|(my|the) (only |one |main |biggest |initial |big )?(concern|worry|worries|hesitation|reservation|doubt)s? (was|is|were|had been)" +
        "|what (worries|worried|concerns|concerned|bothers|bothered) me|(if|when) i (raise|have|flag|report|voice) (a|any) (\\w+ )?(concern|worry|issue|problem|complaint|question)s?|no worries|no bother|not to worry|(don't|do not) worry|i did wonder|that('s| is| was) a deal-?breaker|no concerns|that('s| has been| was) (answered|addressed|cleared|resolved)" +
        "|you('ve| have) (answered|addressed|cleared|resolved|covered|put my mind)");

    /// <summary>A doubt aimed at something other than the candidate: "concerns about the Q3 launch", "risks facing the team".</summary>
    private static readonly PatternSet ElsewhereTarget = PatternSet.Of(
        @"\b(concerns?|concerned|worr(y|ies|ied)|hesitations?|reservations?|doubts?|risks?|issues?|problems?|gaps?|weakness(es)?|challenges?|shortfalls?|red flags?|keeps? you up at night|struggle|struggles|fall short|falls short)" +
        @" (\w+ ){0,4}(about|regarding|with|around|over|for|facing|on|in|within|across|at|of) (the|this|that|your|our|their|its|these|those|any|new|most|some|a|an|upcoming|next|current)? ?(\w+ )?" +
        @"(team|teams|company|organi[sz]ation|business|product|products|launch|budget|budgets|project|projects|roadmap|department|hospital|school|store|market|industry|economy|funding|merger|restructur\w*|reorg\w*" +
        @"|customers?|clients?|patients?|students?|staff|staffing|turnover|retention|new hires|hires|recruits|graduates|growth|strategy|plans?|timeline|deadlines?|release|system|platform|vendors?|contracts?|regulations?|compliance" +
        @"|audit|quarter|q[1-4]|season|changes|transition|expansion|competition|competitors|leadership|management|board|morale|workload|rollout|migration|renovation|site|unit's|ward's|process|sector|field|role's|position's|goals?|targets?)\b" +
        @"|\b(new hires|new starters|new graduates|new staff|newcomers|people|someone|most people|candidates in general|anyone) (\w+ ){0,3}(struggle|fail|fall short|find|tend|usually|often|typically)");

    private static readonly PatternSet AboutCandidate = PatternSet.Words("me|my|myself|mine|hiring me|not having|having (only|never|not|just|mostly)" +
        "|fact that i|anything about me|i'm|i've");

    /// <summary>A short question built on a strong doubt word ("Any reservations?", "What's holding you back?"): at the close of an interview it can only be about the candidate.</summary>
    private static readonly PatternSet StrongDoubt = PatternSet.Words(
        "concerns?|reservations?|doubts?|hesitations?|hesitant|worries|misgivings|qualms|red flags?|holding you back|hold(s)? you back|give(s)? you pause|second thoughts|on the fence|stopping you|sticking points?" +
        "|missing|lean(ing)? towards|someone else|another candidate|warning signs?|weak spots?|limitations?");

    /// <summary>
    /// A strong doubt with an object that is not the candidate ("worries about the weather", "reservations regarding
    /// the merger"): without it, "Any reservations?" or "if you're hesitant about anything" is about the candidate.
    /// </summary>
    private static readonly PatternSet DoubtAboutSomethingElse = PatternSet.Of(
        @"\b(concerns?|concerned|reservations?|doubts?|hesitations?|hesitant|worr(y|ies|ied)|misgivings|qualms|red flags?|pause|weak spots?)( \w+){0,3} (about|regarding|with|over|around|for|on|in) (?!(me|my|myself|anything|something|it|that|this|hiring|bringing|taking|having|how i|whether i|what i)\b)\w+" +
        @"|\b(anything|something) (about|regarding|with|in) (the|this|that|your|our|their|its) \w+");

    /// <summary>Someone or something else whose doubts a question may be about: the team, customers, an audit, the role.</summary>
    private static readonly PatternSet ThirdParty = PatternSet.Words(
        "team|teams|customers?|clients?|patients?|famil(y|ies)|parents?|unions?|apprentices?|graduates?|new hires|hires|staff|leadership|board|management|students?|pupils|residents|users" +
        "|investors|partners|managers?|people|everyone|colleagues|product|audit|inspection|restructure|role|process|project|company|business|service|scheme|format|system|market|economy|budget|plans?" +
        "|person|job|predecessor|onboarding|training|induction|rota|schedule|wing|ownership|industry|direction|sector|tenants|nurses|doctors|teachers|engineers|drivers|app|tool|software|policy" +
        "|applications|candidates|applicants|cvs|résumés|(the|your|our|their) \\w+s (have|had|raise|raised|usually|tend|often|typically)");

    /// <summary>An offer to deal with whatever doubt there is ("if you have any reservations, I'd like to address them"): the doubt is the candidate's to answer.</summary>
    private static readonly PatternSet OfferToAddress = PatternSet.Words(
        "(address|clear up|answer|respond to|talk through|tackle|deal with|put your mind at rest|speak to|hear) (it|them|that|those|those now|it now|them now|right now|now|before|today)");

    /// <summary>Where the last doubt named in <paramref name="text"/> (normalized) ends, or -1.</summary>
    public static int LastDoubtEnd(string text) => Doubt.Matches(text).Select(m => m.Index + m.Length).DefaultIfEmpty(-1).Max();

    /// <summary>True when <paramref name="text"/> (normalized) names a doubt or shortfall, invited or not.</summary>
    public static bool NamesDoubt(string text) => Doubt.IsMatch(text) || text.Contains("haven't", StringComparison.Ordinal)
        || text.Contains("hasn't", StringComparison.Ordinal) || text.Contains("never", StringComparison.Ordinal);

    /// <summary>True when <paramref name="text"/> (normalized) invites a concern about the candidate.</summary>
    public static bool IsConcern(string text, bool isQuestion, out bool strong)
    {
        strong = false;
        var invited = OwnDoubt.Replace(text, " ");
        if (!Doubt.IsMatch(invited)) return false;
        var question = isQuestion || (QuestionForm.StartsLikeQuestion(text) && text[^1] != '.') || QuestionForm.EndsWithQuestionClause(text, text.Length - 1)
            || EmbeddedQuestion.IsMatch(text) || (Unpunctuated(text) && QuestionForm.HasQuestionClause(text));
        var invitation = Invitation.IsMatch(text);
        if (!question && !invitation) return false;
        var subject = Frame.Replace(invited, " ");
        if (!Doubt.IsMatch(subject)) return false;
        var aboutCandidate = Candidate.IsMatch(subject) || OfferToAddress.IsMatch(text)
            || (StrongDoubt.IsMatch(subject) && !ThirdParty.IsMatch(subject) && !DoubtAboutSomethingElse.IsMatch(subject));
        if (!aboutCandidate) return false;
        if (ElsewhereTarget.IsMatch(text) && !AboutCandidate.IsMatch(subject)) return false;
        strong = question;
        return true;
    }

    /// <summary>Texting style: no full stop or exclamation mark at the end, so a question need not end with a question mark.</summary>
    private static bool Unpunctuated(string text) => text.Length > 0 && text[^1] is not ('.' or '!');

    /// <summary>A weaker reading, used under a concern heading: a question that names a doubt or asks for "anything" the interviewer has.</summary>
    public static bool IsLooseConcern(string text, bool isQuestion) =>
        (isQuestion || QuestionForm.StartsLikeQuestion(text))
        && (Doubt.IsMatch(text) || text.Contains("anything", StringComparison.Ordinal) || text.Contains("something", StringComparison.Ordinal));
}
