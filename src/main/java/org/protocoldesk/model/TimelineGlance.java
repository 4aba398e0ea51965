package org.protocoldesk.model;

/**
 * What is still open with a timeline's subject, counted over its whole history whatever part of it is read: the
 * follow-ups of its meetings not yet done, and its invitations awaiting a decision.
 */
public record TimelineGlance(int openFollowUps, int pendingInvitations) {
}
