namespace CloseLint.Intent;

/// <summary>
/// Recognizes the two halves of asking for the job. Interest is a wish ("I'd love", "keen", "my first choice") aimed
/// at this position or at joining ("this role", "join your team", "work here"). Next steps is a question or request
/// about this hiring process ("What are the next steps?", "I'd love to hear about next steps", "Could you tell me
/// when you expect to decide?", "Do you need my references?"). Interest in the company's work, next steps for a
/// product or a renovation, and questions about life after the hire (onboarding, the first week) are neither.
/// </summary>
internal static class AskPatterns
{
    private static readonly PatternSet Wish = PatternSet.Words(
        "love|(i|i'd|i would|we'd|would) (really |very much |much |also |just |so |truly )?like|like nothing more|want|wanted|wants|wish|hope|hoping|hopeful|keen|excited|exciting|interested|thrilled|delighted|happy|glad|pleased|chuffed|eager|enthusiastic|dream|value|welcome|grateful|honou?red" +
        "|privileged|drawn|up for|set on|mean a lot|means a lot|nothing more|(first|top|number one|no\\.? ?1|#1|clear|only) (choice|pick|option|preference)|stoked|pumped|psyched|buzzing|made up|over the moon" +
        "|raring|itching|ready|(would|'d) enjoy|keener|keep me in mind|consider me|put me down|committed|sold|invested|passionate|jump at|relish|enjoy|prefer|would be (class|brilliant|amazing|great|a dream|ideal|perfect)|count me in|sign me up|want in|all in|on board|right up|heart('s| is) set" +
        "|count me|want in|dream|interest|top choice|first choice" +
        "|(still|very|really|definitely|genuinely|more) interested|proud|lucky|fortunate|aspire|aspiring|intend|determined|serious about");

    private static readonly PatternSet PositionObject = PatternSet.Words(
        "(this|the|that|your|such a|a|an) (\\w+ ){0,2}(job|role|position|gig|opportunity|post|vacancy|opening|posting|apprenticeship|placement|internship|residency|fellowship|traineeship|appointment|offer)" +
        "|join(ing|ed)?|come (on board|aboard|and work|work)|get on board|coming (on board|aboard)|be (a |an )?(part|member) of|being (a |an )?(part|member) of|become (a |an )?(part|member)" +
        "|on (your|the|this) (\\w+ )?(team|staff|crew|ward|unit|faculty|floor|bench|books|roster)|work(ing)? (here|there|with (you|you all|all of you|your|the team|this team|everyone|you guys|you lot)|for (you|your|this|the)|alongside|in (this|your|the) (\\w+ )?(team|kitchen|unit|ward|school|store|practice|firm|department|office|lab|clinic|restaurant|branch|company|organi[sz]ation)|at (your|this|the) \\w+|on (this|your|the) (team|ward|unit|crew|site))" +
        "|start (here|with you|my career|my \\w+ here|in this)|get this|land this|take (this|it|the job|the role|the position|the post) (on)?|be (the|your) (\\w+ )?(one|person|hire|candidate|choice|pick|next)|be offered|an offer|the offer|receive an offer|be (selected|chosen|considered)" +
        "|accept|offer (it|this|the (job|role|position)) to me|offer me|as (your|the) (new )?\\w+|career (here|with you)|consider me|(want|love) it\\s*[.!]?$|a place (for me )?(on|in|at|here)" +
        "|(the |a )?(chance|opportunity) to (\\w+ ){0,3}(here|with you|for you|on your team|in this role)|prove myself|show (you )?what i can do" +
        "|a (start|crack|shot|chance|go|spot|place|seat|career|future|home)|teach(ing)? (here|at|in (this|your))|nurs(e|ing) (here|at|on)|serve (here|on|with|this|the|your)|this one|be (teaching|working|nursing|cooking|driving|leading|serving)");

    /// <summary>Wishes that name their own object: "count me in", "my dream job", "my continued interest in this vacancy".</summary>
    private static readonly PatternSet SelfContainedInterest = PatternSet.Words(
        "count me (\\w+ ){0,2}(in|interested)|sign me up|i want in|i('m| am) all in|(my|a|the) dream (job|role)|interest in (this|the|your) (\\w+ ){0,3}(role|position|job|vacancy|post|opportunity|opening)" +
        "|(strong|continued|genuine|keen|real|sincere|serious) interest|my interest (in (this|the|your)|has|is|only|remains)|(still|very|really|definitely|genuinely|100%|extremely|so) interested\\s*[.!]?$" +
        "|i (really |truly |so |definitely )?(want|need) (this|it)\\s*[.!]?$|(top|first|number one|no\\.? ?1|#1) (choice|pick|preference)|heart('s| is) set" +
        "|(very|really|dead|so|super|extremely|genuinely) keen( on (this|it|the job|the role))?( thanks| just so you know)?\\s*[,.!]?\\s*(thanks|just so you know)?[.!]?$|keen(er)? to (join|start|get going|get started|come on board)|put me down as (\\w+ )?interested|keep me in mind|consider me( for (the|this) (role|job|position|post))?|(i('d| would) (really )?(love|like)|i (really )?want) (to get |to have )?(it|this one)\\s*[.!]?$|i('d| would) take it|get stuck in|take the next step with you|move forward with you|exactly the (kind of |sort of )?(job|role|position|post) i('ve| have)? (been )?(looking|hoping|wanting|waiting)" +
        "|(love|like|enjoy) it here");

    /// <summary>A wish to do the work itself for this employer ("I'd love to drive for you", "it would be an honour to serve this department").</summary>
    private static readonly PatternSet TakeTheJob = PatternSet.Of(
        @"\b(i('d| would)( really| so| very much| genuinely| truly| absolutely)? (love|like|be (proud|honou?red|privileged|delighted|thrilled|glad|happy|excited))|i (really |truly |so )?(want|hope)|it('d| would) be (an|a real|a great|a) (honou?r|privilege|pleasure|dream|joy)|i('m| am) (keen|eager|excited|ready|hoping)) to " +
        @"(lead|support|serve|run|head|manage|coach|captain|be the next|be your|be a \w+( \w+)? (here|with you|for you|on your team|at)|\w+( \w+)? (for|with|at|in|on|alongside) (you|your|this|the team|the crew|us)\b|finish my \w+ (with|here|at))");

    /// <summary>Interest in the company's work or wanting to hear or learn about something: not a wish to join.</summary>
    private static readonly PatternSet NotInterest = PatternSet.Words(
        "(interested|excited|keen|curious|love|like|want|hope|hoping|happy|glad) (in|about|to (hear|know|learn|see|understand|read|find out|ask|talk|discuss|try|meet|visit|play|check|look)|by|with|that) (more )?(about )?(the|your|what|how|whether|if|any|some|a) (\\w+ ){0,3}(work|research|project|projects|approach|mission|product|products|platform|plans|programme|program|initiative|strategy|tool|tech|technology|stack|culture|values|history|demo|story|vision|direction|results|growth|expansion|building|renovation|launch|roadmap|coffee|place|weather|city|area|food|bakery)" +
        "|(would|will|do|does|did|can|could) (you|they|the team|we) (like|love|want|need)|if you (like|want|need|'d like|would like)|you('d| would) (like|love|want)|(would|do) you (like|want) me|i('d| would) like to (ask|know|hear|understand|learn|check|clarify|see|read|try|meet|visit|thank|say thanks|add|mention|point out|go through|talk|discuss)" +
        "|(i('m| am)|i was) (interested|curious) (to|in) (know|hear|learn|how|what|whether|why|if)|nice to (meet|work|see)|enjoy(ed)? (meeting|talking|the|our|this|today|it)|hope (you|your|the|it|that|we|they|everyone)|glad (you|to hear|that)" +
        "|happy (to (answer|help|provide|send|share|talk|discuss|chat|wait|go through|explain|clarify|hear)|for you|with (the|that|this)) " +
        "|ready (for|to) (answer|questions|go|leave|head)|i('m| am) happy (here|where i am|in my)|love (the|your|this) (coffee|office|building|view|city|area|place)" +
        "|(glad|happy|pleased|nice|good) (we|that we) ");

    private static readonly PatternSet NextStepsCue = PatternSet.Words(
        "next (steps?|stage|stages|round|rounds|phase)|what('s| is| are| would be| will be| comes| happens| happen)? ?(the )?next|what comes next|what's next|what happens (now|from here|after (this|today|that))" +
        "|(where|how) (do|does|will|would|can|should) (we|things|this|it|i|the process) (go|proceed|move|stand|progress|go on|continue|land|sit)|from here|from this point|after today" +
        "|timeline|timeframe|time frame|time-frame|timescales?|time line|timing|hear (back|from you|from the (team|panel|school|company|committee)|anything|either way|one way or)|hearing (back|from you|from the|anything)" +
        "|(hear|know|find out|expect|get) (\\w+ ){0,4}(outcome|result|results|news|decision|answer|verdict|feedback)|(outcome|result|verdict|answer|news) (of|from|on) (the|this|my|today)" +
        "|when (can|could|should|might|will|would|do|does|are|is|'ll|'s) (i|we|you|the \\w+|someone|somebody|a decision|your decision|the decision|interviews|applications)( \\w+){0,5} (expect|hear|know|decid|decision|let (me|us|candidates|people|applicants|everyone) know|get back|be in touch|touch base|follow up|be making|make|reach|finali[sz]|notify|contact|inform|come back|update|wrap|conclude|confirm|have (an answer|a decision|news|an update)|be done|choose|select|pick|close|closing)" +
        "|decision|decisions|decide|deciding|decided|make up your mind|(another|next|second|2nd|third|3rd|fourth|final|further|more|follow-?up|additional|subsequent|last|panel|technical|practical) (round|interview|stage|conversation|meeting|step|assessment|chat|test|task|exercise)s?" +
        "|follow(ing)? up|followed up|check(ing)? (back )?in|touch(ing)? base|give you a (ring|call|bell|shout)|chase|keep (me|in) (posted|updated|touch|the loop)|where i stand|my chances|in the running" +
        "|references?|referees?|refs|background check|(dbs|pvg|garda|police|security|credit|reference|right to work|medical|pre-employment|pre-placement|vetting) (check|checks|clearance|form|forms|vetting)|checks|vetting|paperwork|forms?|registration|certificates?|transcripts?|writing sample|documents?|assessment (day|centre|center)" +
        "|(anything|what) (else )?(\\w+ ){0,2}(can|could|should|do|would|might|need to) i (send|provide|share|give|do|get you|forward|bring|prepare|submit|fill|complete)|(need|want|require|like) (anything |something )?(else |more )?from me|(need|want|like) me to (send|provide|share|bring|fill|complete|meet|do)" +
        "|what do i need to do|what should i do (next|now|from here)|mov(e|ing) (forward|ahead|on to|to the next|things along)|take (this|things|it|my application) (forward|further|to the next)|(progress|advance|proceed)(ing)? (to|in|with)|to progress|next level" +
        "|(hiring|recruitment|recruiting|selection|interview|interviewing|application|appointment|vetting|assessment) (process|stage|day|centre|center|panel)|(the|your|this) (process|search) (from here|going forward|look|after|next|ahead)|(in|through|of) (the|your|this) (process|search)|how many (other )?(people|candidates|applicants|others|finalists) (are|have|will|did|do)|other candidates" +
        "|who (else )?(will|would|do|does|'ll|makes|is making|'s making|will be making|decides|gets|else|should) (\\w+ ){0,3}(meet|decision|decide|call|involved|speak|talk|interview|hear|contact|approve|sign)" +
        "|how (soon|long|quickly) (\\w+ ){0,5}(decision|decide|hear|know|back|let|fill|hire|wrap|finish|close|expect)|(where|how) (do|does) (i|we|things|my application) (stand|sit)|days or weeks" +
        "|what (does|do|would|will) (the )?(rest of the |remaining )?(process|steps|next part|path) (look|involve|entail)|(process|procedure) for (deciding|selecting|choosing|hiring|filling|picking|making)" +
        "|shortlist|shortlisted|(further|more|second|final) (interviews|candidates|applicants)|(offer|decision) (stage|letter|date)|get back to (me|candidates|people|us)|be in touch|let (me|us|candidates) know" +
        "|feedback (if|whether|either way)|if i('m| am) (not successful|unsuccessful)|(trade|skills?|practical|written|technical|aptitude|psychometric|driving|typing|coding|drug|medical|competency|numeracy|literacy) (test|assessment|exercise|task|interview)s?|trial (shift|day|session)|remaining (conversations|interviews|stages|rounds|candidates|steps)|outcome|(make|making) (a|an|the) (hire|appointment|offer|call|choice)|(would|will|when|should|could) (i|we) (\\w+ ){0,2}(find out|know|hear)|(anything|what) (else )?i (need|should|could|can|have|must) (to )?(do|send|provide|prepare|bring|complete)|(need|want|like) (copies|a copy|copy|proof|evidence|scans?) of my|(haven't|have not|don't|do not|didn't) (heard|hear)|wait for (your|an|the) (answer|decision|response|reply|call|news)|part of (the|your) (selection|process|recruitment|hiring)|getting back to|successful (candidate|applicant|person)|drop you a (line|note|email)|see where things (are|stand)|(discuss|seeing|see|interview|interviewing|meet|meeting) (the )?(other |last |remaining |final )?candidates|how many (interviews|rounds|stages|steps)|(further|more|final|remaining|any other|another|other) (stages|rounds|steps|interviews|round|stage)|the (selection|recruitment|hiring)|(panel|board) (meets|decides|decision|interview)|meet(s)? the panel|(need|want) (my|a copy of my|an updated|the) (\\w+ )?(cv|r[eé]sum[eé]|references|portfolio|transcripts?|certificates?|documents?|paperwork|details|id|passport)|expect a (call|email|letter|phone call)|the recruiter|someone in place|(fill|filled) the (role|position|post)|have someone (in|start)|in the running" +
        "|inform me|notify me|contact me|reach (you|out)|approve the hire|sign off|make an offer|making an offer|extend an offer|the hire|filling the (role|position|post)|fill the (role|position|post)|meet (the|your) (\\w+ )?(manager|director|team|head|chief|panel|board|lead|owner|partner|partners|principal|matron|supervisor|ceo|founder|chair|governors)" +
        "|hear(ing)? from next|(further|more|remaining|other) rounds|practical|(have|get|hear) (any )?(news|word)|know(ing)? (before|by) (then|monday|tuesday|wednesday|thursday|friday|the end|next week|the \\d+)|hear (back )?by|(need|want) anything (else )?from (me|my)|(send|provide|share|bring) (over )?(my|the|a copy of my) (\\w+ ){0,3}(details|documents|licen[cs]e|certificates?|papers|paperwork|id|passport|visa|references|referees|transcripts?|registration|number|portfolio)|(at|for) this stage|put you in touch with|the appointment|involved in (the )?(decision|appointment|hiring|process|selection)|follow-up|interviews (finish|close|end|wrap)|letting (me|candidates|people|applicants|everyone) know|offer (process|stage|letter)|(does|will|would|is|when|how) (the|an) offer|my application|sen[dt] in|in the meantime|(update|news|word) on (the|my) (process|application|decision)|meet(ing)? (a|the|your|any|more) (\\w+ )?(partner|partners|manager|director|head|chief|panel|board|lead|owner|principal|governors|team)|still to come|left to (do|come)|how many (more )?(interviews|rounds|stages)|(meeting|meet|speak to|talking to) next|(session|interview|task|test|round|stage) next|(final|\\w+-fit|culture|technical|panel|second|third) (\\w+ )?interview|offers? (are |is )?(made|sent|given|confirmed)|crb|dbs|pvg|see me again|meet again|come back in|status of my application|check on (the status|my application|things)");

    /// <summary>What the sentence asks for or asks about that is not this hiring: "next steps for the product roadmap", "the renovation timeline".</summary>
    private static readonly PatternSet ForeignTopic = PatternSet.Words(
        "product|products|roadmap|project|projects|launch|release|releases|renovation|refurb\\w*|remodel\\w*|construction|rollout|roll-out|migration|implementation|vendor|vendors|supplier|suppliers|kit|equipment" +
        "|curriculum|patient|patients|discharge|budget|merger|acquisition|expansion|wing|system|platform|upgrade|redesign|feature|features|program|programme|initiative|strategy|account|accounts|premises|planning permission" +
        "|client|clients|deal|deals|case|cases|audit|inspection|accreditation|funding|grant|policy|regulation|regulations|reorg\\w*|restructur\\w*|relocation|office|building|quarter|q[1-4]|season|fiscal|council" +
        "|onboarding|orientation|induction|probation|probationary|training|first (week|day|month|year|90|60|30|quarter|shift|term)|time off|annual leave|holidays?|vacation|pto|rota|roster|shifts?|locker|uniform|desk|parking" +
        "|student|students|pupils|kids|children|family|families|residents|company's|team's|school's|hospital's|unit's|business's|store|stores|shop|menu|kitchen|fleet|route|routes|warehouse|store's|site|sites|plant" +
        "|study|studies|trial|trials|research|paper|campaign|event|events|conference|rebrand|website|app|tool|tools|software|code ?base|pipeline|infrastructure|cloud|data|contractors?|renewal|tender|bid|proposal|partnership|funding round|series [a-d]|ipo" +
        "|lawsuit|litigation|matter|court|ruling|appeal|legislation|bill|report|reports|review|reviews|survey|ofsted|assessment cycle|exam|exams|semester|school year|term|academic year|youth centre|centre|center|solar|farm|job site|stratford|new manager|the move|moving|the team|findings|published" +
        "|career|your own|incident|incidents");

    private static readonly PatternSet HiringWord = PatternSet.Words(
        "role|position|job|join|joining|hire|hiring|candidate|candidates|applicant|applicants|application|candidacy|interview|interviews|round|stage|offer|me|my|us|panel|shortlist|finalists|search|recruitment|selection|vacancy|post|appointment|hear|fill|filling|i|i'll|i'm" +
        "|test|exercise|task|case study|trial shift|interviewing|panel|selection|recruitment");

    /// <summary>Cues that are about hiring whatever surrounds them ("the next interview", "your references").</summary>
    private static readonly PatternSet HiringCue = PatternSet.Words(
        "interview|interviews|hiring|recruitment|selection|application|candidates?|applicants?|referees?|references?|offer|shortlist|appointment");

    private static readonly PatternSet Request = PatternSet.Words(
        "i('d| would) (\\w+ )?(love|like|appreciate|welcome|be grateful for|value|be (glad|happy|keen|interested|curious)) (to (know|hear|learn|understand|get|find out|discuss|talk|ask|move|take|proceed|continue|progress)|a (sense|feel|rough idea|idea)|an idea|some (idea|sense|clarity|detail|insight)|any (info|information|update|idea|sense|detail|insight|clarity)|clarity|an update|a heads up|the next|hearing|knowing|next steps|your)" +
        "|let me know|tell me|share|walk me through|fill me in|keep me (posted|updated|in the loop)|i('m| am) (\\w+ )?(curious|keen|eager|interested|wondering)|i wonder|i want to (know|hear|understand|move|take|proceed)" +
        "|(could|can|would|will) you (tell|share|let|walk|give|fill|advise|outline|explain|keep|update)|please (tell|share|let|advise|keep|update|outline|inform|do the needful)|look(ing)? forward to (hearing|learning|finding out|discussing|talking about) (about )?(the |your |what |how |next)" +
        "|i('d| would) (love|like|be keen|be happy|be glad|welcome the chance|want) to (move|take|proceed|continue|progress|go) (forward|ahead|to the next|on to|further)|i('d| would) (love|like|welcome) (the )?(next|another|a second|a further|a final) (step|round|interview|conversation|stage)" +
        "|i('d| would) (\\w+ )?be (grateful|obliged|thankful) (to|if|for)|(i )?(wondered|was wondering|wonder)|any word|keen to (hear|know)|(the )?(chance|opportunity) to (progress|move|continue|advance|go through)|i('d| would) (gladly|happily|be happy to|be glad to|be keen to) (come back|come in|do|meet|provide|send|take)|happy to (do|come|meet|provide|send|take|sit)|please (consider|keep me)|i('d| would) (\\w+ )?(be )?(glad|happy|keen|pleased|delighted) to (move|take|proceed|continue|progress|go) (forward|ahead|to the next|on to|further)" +
        "|any idea|any sense|any indication|(anything|whatever) you need from me|happy to (provide|send|share|supply) (\\w+ )?(references|referees|anything)|would (really )?help|i need to (know|give|respond|decide|let)|(so|and) (when|what|how|where|who)" +
        "|kindly|inform me|advise me|i('m| am) (available|free) (for|to)|happy to (come|do|meet|provide|send|sit)|i can (get|send|provide|arrange)|i should be (grateful|obliged)");

    /// <summary>A next-steps question inside an unpunctuated run-on ("i really want this job whats the next step").</summary>
    private static readonly PatternSet EmbeddedQuestion = PatternSet.Words(
        "what('s| is| are| happens| comes) (\\w+ ){0,2}next|when (will|do|can|would|should|might) (you|i|we) (\\w+ ){0,2}(decide|know|hear|let)|how (soon|long) (\\w+ ){0,3}(decide|decision|hear|know)");

    private static readonly PatternSet PostHire = PatternSet.Words(
        "(would|will|does) the successful (candidate|person|applicant) (usually|typically|normally|be)|how (do|does) (you|they|we|the team) (usually |normally )?decide|decide (which|who) \\w+ (get|gets|work|works|goes|take|takes)|^(moving|going) forward|if (i|i'm|i am|i was|i were) (?!not\\b)(\\w+ ){0,2}(to )?(join|joined|hired|offered|successful|selected|chosen|brought on|the one|lucky enough)|once (i|i'm|i am) (\\w+ )?(start|join|hired|on board|in|there)|when i (start|join)|after i (start|join)|when i'm in|once i'm in|my first|(the|my|your) first (day|days|week|weeks|month|months|shift|term)|start date|before (i|you) start|before starting");

    /// <summary>The ask halves in <paramref name="text"/> (normalized).</summary>
    public static AskParts Parts(string text, bool isQuestion)
    {
        var parts = AskParts.None;
        if (IsInterest(text, isQuestion)) parts |= AskParts.Interest;
        if (IsNextSteps(text, isQuestion)) parts |= AskParts.NextSteps;
        return parts;
    }

    /// <summary>True when the text says the candidate wants this position.</summary>
    public static bool IsInterest(string text, bool isQuestion)
    {
        if (TakeTheJob.IsMatch(text)) return true;
        if (!Wish.IsMatch(text)) return false;
        if (SelfContainedInterest.IsMatch(text)) return true;
        var statement = isQuestion ? FirstClause(text) : text;
        if (statement is null) return false;
        var cleaned = NotInterest.Replace(statement, " ; ");
        foreach (var (index, length) in Wish.Matches(cleaned))
        {
            var windowEnd = Math.Min(cleaned.Length, index + length + 60);
            var windowStart = Math.Max(0, index - 50);
            var after = cleaned[(index + length)..windowEnd];
            var before = cleaned[windowStart..index];
            var cut = after.IndexOfAny(['.', ';', '?', '!']);
            if (cut >= 0) after = after[..cut];
            var cutBefore = before.LastIndexOfAny(['.', ';', '?', '!', ',']);
            if (cutBefore >= 0) before = before[(cutBefore + 1)..];
            if (PositionObject.IsMatch(after) || PositionObject.IsMatch(before)) return true;
        }

        return false;
    }

    /// <summary>True when the text asks about, or asks to move forward in, this hiring process.</summary>
    public static bool IsNextSteps(string text, bool isQuestion)
    {
        var question = isQuestion || QuestionForm.StartsLikeQuestion(text) || EmbeddedQuestion.IsMatch(text);
        var request = Request.IsMatch(text);
        foreach (var (index, length) in NextStepsCue.Matches(text))
        {
            if (IsForeign(text, index, length)) continue;
            if (question || request || QuestionForm.EndsWithQuestionClause(text, index)) return !IsPostHire(text);
        }

        return false;
    }

    /// <summary>The statement before a trailing question ("I'm keen, so what's next?"), or null when the whole sentence is the question.</summary>
    private static string? FirstClause(string text)
    {
        var cut = text.LastIndexOfAny([',', ';', '-', '.', ':']);
        var so = text.LastIndexOf(" so ", StringComparison.Ordinal);
        cut = Math.Max(cut, so);
        return cut > 0 && !QuestionForm.StartsLikeQuestion(text) ? text[..cut] : null;
    }

    private static bool IsPostHire(string text) =>
        PostHire.IsMatch(text) && !text.Contains("next step", StringComparison.Ordinal) && !text.Contains("decision", StringComparison.Ordinal)
        && !text.Contains("timeline", StringComparison.Ordinal) && !text.Contains("hear", StringComparison.Ordinal);

    /// <summary>True when the words right around a next-steps cue name a topic other than this hire.</summary>
    private static bool IsForeign(string text, int index, int length)
    {
        var end = index + length;
        var windowEnd = end;
        var words = 0;
        while (windowEnd < text.Length && words < 8 && text[windowEnd] is not (',' or '.' or '?' or '!' or ';' or ':'))
        {
            if (text[windowEnd] == ' ') words++;
            windowEnd++;
        }

        var windowStart = index;
        words = 0;
        while (windowStart > 0 && words < 4 && text[windowStart - 1] is not (',' or '.' or '?' or '!' or ';' or ':'))
        {
            if (text[windowStart - 1] == ' ') words++;
            windowStart--;
        }

        var near = text[windowStart..index] + " " + text[end..windowEnd];
        return ForeignTopic.IsMatch(near) && !HiringWord.IsMatch(near) && !HiringCue.IsMatch(text[index..end]);
    }
}
