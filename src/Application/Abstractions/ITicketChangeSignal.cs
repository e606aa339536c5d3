namespace ServiceDesk.Application.Abstractions;

/// <summary>
/// Wakes the ticket watchers of this instance when tickets may have changed: after every commit that changed a
/// ticket here, and when the catch-up poll notices another instance's commit. A wake-up says only "look again".
/// </summary>
public interface ITicketChangeSignal
{
    void Notify();

    /// <summary>Completes at the next <see cref="Notify"/>. Take it before reading, so a change during the read wakes the reader.</summary>
    Task NextNotification();
}
