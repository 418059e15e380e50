/// What one pass over a period's rows gathers for one company, before rounding and suppression.
struct CompanyPeriodTally {
    var sessions = 0
    var sessionParticipants: Set<UserRef> = []
    /// Minutes of sessions whose volunteer is the company's (spec 4: volunteer_hours).
    var volunteerMinutes = 0.0
    var hoursParticipants: Set<UserRef> = []
    var activeMatches = 0
    var matchParticipants: Set<UserRef> = []
    var events = 0
    var eventParticipants: Set<UserRef> = []
    /// The company's participants active in the period (spec 4: participants_count).
    var active: Set<UserRef> = []
    /// The company's volunteers of a counted session or buddies of an active match.
    var volunteers: Set<UserRef> = []
    /// The company's volunteers with counted sessions (the VIS population).
    var sessionVolunteers: Set<UserRef> = []
    var coursesCompleted = 0
    var jobReadinessSum = 0.0
    var jobReadinessCount = 0
    var jobReadinessParticipants: Set<UserRef> = []
    /// Participants of the company with a score in a valued dimension (SROI's population).
    var valuedParticipants: Set<UserRef> = []
    /// Participants of the company with a score in any dimension (SROI's improvers).
    var scoredParticipants: Set<UserRef> = []
}
